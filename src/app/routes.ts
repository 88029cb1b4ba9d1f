// The app's routes: a hash path pattern, the screen it lazily loads and the message bundles
// it shows, so a pupil's tablet never downloads the teacher, editor or review code or words it
// does not open.
import type { Component } from 'svelte';
import type { MessageBundle } from '../messages/bundles';

type Screen = { default: Component<{ params: Record<string, string> }> };

export interface RouteDef {
  readonly name: string;
  /** Pattern like `/play/:pack/:level`. */
  readonly path: string;
  readonly load: () => Promise<Screen>;
  /** The message bundles the screen reads (`pupil`, for the shell, on every screen). */
  readonly messages: readonly MessageBundle[];
}

const PUPIL = ['pupil'] as const;
const TEACHER = ['pupil', 'teacher'] as const;
const REVIEW = ['pupil', 'teacher', 'review'] as const;
const EDITOR = ['pupil', 'teacher', 'editor'] as const;

export const routes: readonly RouteDef[] = [
  { name: 'home', path: '/', messages: PUPIL, load: () => import('../ui/home/HomePage.svelte') },
  {
    name: 'play',
    path: '/play/:pack/:level',
    messages: ['pupil', 'blocks', 'robot'],
    // Blockly's chunk (the largest) is loaded by the page once the level has painted.
    load: () => import('../ui/player/PlayerPage.svelte'),
  },
  {
    name: 'session',
    path: '/session',
    messages: PUPIL,
    load: () => import('../ui/pupil-picker/PupilPickerPage.svelte'),
  },
  {
    name: 'teacher',
    path: '/teacher',
    messages: TEACHER,
    load: () => import('../ui/teacher/TeacherHomePage.svelte'),
  },
  {
    name: 'teacher-backup',
    path: '/teacher/backup',
    messages: TEACHER,
    load: () => import('../ui/teacher/BackupPage.svelte'),
  },
  {
    name: 'teacher-class',
    path: '/teacher/classes/:id',
    messages: TEACHER,
    load: () => import('../ui/teacher/ClassPage.svelte'),
  },
  {
    name: 'teacher-new-session',
    path: '/teacher/classes/:id/new-session',
    messages: TEACHER,
    load: () => import('../ui/teacher/SessionSetupPage.svelte'),
  },
  {
    name: 'teacher-session',
    path: '/teacher/sessions/:id',
    messages: TEACHER,
    load: () => import('../ui/teacher/SessionPage.svelte'),
  },
  {
    name: 'review-school',
    path: '/teacher/review',
    messages: REVIEW,
    load: () => import('../ui/review/SchoolReviewPage.svelte'),
  },
  {
    name: 'review-class',
    path: '/teacher/review/classes/:id',
    messages: REVIEW,
    load: () => import('../ui/review/ClassReviewPage.svelte'),
  },
  {
    name: 'review-class-report',
    path: '/teacher/review/classes/:id/report',
    messages: REVIEW,
    load: () => import('../ui/review/ClassReportPage.svelte'),
  },
  {
    name: 'review-level',
    path: '/teacher/review/classes/:id/levels/:pack/:level',
    messages: REVIEW,
    load: () => import('../ui/review/LevelReviewPage.svelte'),
  },
  {
    name: 'review-pupil',
    path: '/teacher/review/classes/:id/pupils/:pupil',
    messages: [...REVIEW, 'blocks'],
    load: () => import('../ui/review/PupilReviewPage.svelte'),
  },
  {
    name: 'review-pupil-report',
    path: '/teacher/review/classes/:id/pupils/:pupil/report',
    messages: REVIEW,
    load: () => import('../ui/review/PupilReportPage.svelte'),
  },
  {
    name: 'editor',
    path: '/teacher/editor',
    messages: EDITOR,
    load: () => import('../ui/editor/EditorHomePage.svelte'),
  },
  {
    name: 'editor-level',
    path: '/teacher/editor/:pack/:level',
    messages: [...EDITOR, 'blocks'],
    load: () => import('../ui/editor/PackEditorPage.svelte'),
  },
  {
    name: 'editor-playtest',
    path: '/teacher/editor/:pack/:level/play',
    messages: [...EDITOR, 'blocks', 'robot'],
    load: () => import('../ui/editor/PlaytestPage.svelte'),
  },
  {
    name: 'editor-print',
    path: '/teacher/editor/:pack/:level/print',
    messages: EDITOR,
    load: () => import('../ui/editor/PrintPage.svelte'),
  },
];

/** What loads message bundles: the app's I18n. */
export interface MessageLoader {
  load(bundles: readonly MessageBundle[]): Promise<void>;
}

/** A screen's code and its words, loaded together: the screen shows once both are there. */
export async function loadScreen(route: RouteDef, messages: MessageLoader): Promise<Screen> {
  const [screen] = await Promise.all([route.load(), messages.load(route.messages)]);
  return screen;
}

export interface Match {
  readonly route: RouteDef;
  readonly params: Record<string, string>;
}

/** Finds the route for a path, with its decoded parameters. */
export function matchRoute(path: string): Match | null {
  const parts = path.split('/').filter(Boolean);
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((segment, i) => {
      const part = parts[i] ?? '';
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(part);
        return true;
      }
      return segment === part;
    });
    if (ok) return { route, params };
  }
  return null;
}
