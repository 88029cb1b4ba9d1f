// The app's routes: a hash path pattern and the screen it lazily loads, so a pupil's
// tablet never downloads the teacher, editor or review code it does not open.
import type { Component } from 'svelte';

export interface RouteDef {
  readonly name: string;
  /** Pattern like `/play/:pack/:level`. */
  readonly path: string;
  readonly load: () => Promise<{ default: Component<{ params: Record<string, string> }> }>;
}

export const routes: readonly RouteDef[] = [
  { name: 'home', path: '/', load: () => import('../ui/home/HomePage.svelte') },
  {
    name: 'play',
    path: '/play/:pack/:level',
    load: () => {
      // Blockly's chunk (the largest) downloads alongside the page, not after it.
      import('../ui/player/blockly-editor').catch(() => undefined);
      return import('../ui/player/PlayerPage.svelte');
    },
  },
  {
    name: 'session',
    path: '/session',
    load: () => import('../ui/pupil-picker/PupilPickerPage.svelte'),
  },
  { name: 'teacher', path: '/teacher', load: () => import('../ui/teacher/TeacherHomePage.svelte') },
  {
    name: 'teacher-backup',
    path: '/teacher/backup',
    load: () => import('../ui/teacher/BackupPage.svelte'),
  },
  {
    name: 'teacher-class',
    path: '/teacher/classes/:id',
    load: () => import('../ui/teacher/ClassPage.svelte'),
  },
  {
    name: 'teacher-new-session',
    path: '/teacher/classes/:id/new-session',
    load: () => import('../ui/teacher/SessionSetupPage.svelte'),
  },
  {
    name: 'teacher-session',
    path: '/teacher/sessions/:id',
    load: () => import('../ui/teacher/SessionPage.svelte'),
  },
  {
    name: 'review-school',
    path: '/teacher/review',
    load: () => import('../ui/review/SchoolReviewPage.svelte'),
  },
  {
    name: 'review-class',
    path: '/teacher/review/classes/:id',
    load: () => import('../ui/review/ClassReviewPage.svelte'),
  },
  {
    name: 'review-class-report',
    path: '/teacher/review/classes/:id/report',
    load: () => import('../ui/review/ClassReportPage.svelte'),
  },
  {
    name: 'review-level',
    path: '/teacher/review/classes/:id/levels/:pack/:level',
    load: () => import('../ui/review/LevelReviewPage.svelte'),
  },
  {
    name: 'review-pupil',
    path: '/teacher/review/classes/:id/pupils/:pupil',
    load: () => import('../ui/review/PupilReviewPage.svelte'),
  },
  {
    name: 'review-pupil-report',
    path: '/teacher/review/classes/:id/pupils/:pupil/report',
    load: () => import('../ui/review/PupilReportPage.svelte'),
  },
  {
    name: 'editor',
    path: '/teacher/editor',
    load: () => import('../ui/editor/EditorHomePage.svelte'),
  },
  {
    name: 'editor-level',
    path: '/teacher/editor/:pack/:level',
    load: () => import('../ui/editor/PackEditorPage.svelte'),
  },
  {
    name: 'editor-playtest',
    path: '/teacher/editor/:pack/:level/play',
    load: () => import('../ui/editor/PlaytestPage.svelte'),
  },
  {
    name: 'editor-print',
    path: '/teacher/editor/:pack/:level/print',
    load: () => import('../ui/editor/PrintPage.svelte'),
  },
];

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
