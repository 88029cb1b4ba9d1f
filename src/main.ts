// The composition root: the one place that picks concrete implementations (storage,
// lesson sources, robot transports) and hands them to the UI.
import { mount } from 'svelte';
import App from './app/App.svelte';
import { Router } from './app/router.svelte';
import { matchRoute } from './app/routes';
import { shippedLessons } from './app/shipped-lessons';
import { withAuthoredPacks } from './app/authored-lessons';
import { I18n } from './ui/i18n.svelte';
import { compiledMessageStore } from './app/messages';
import type { AppServices } from './ui/context';
import './app/global.css';
import './ui/settings/appearance';
import { Settings, parseLocaleFlag } from './ui/settings/settings.svelte';
import { localPreferenceStore, memoryPreferenceStore } from './ui/settings/local-preference-store';
import { Speech, browserSpeechEngine } from './ui/speech/speech.svelte';
import { Announcer } from './ui/shell/announcer.svelte';
import { AppUpdate } from './ui/shell/app-update.svelte';
import { startOfflineApp } from './app/pwa';
import { createStorage } from './storage/index';
import { CurrentPlayer } from './ui/pupil-picker/current-player.svelte';
import { TeacherLock } from './ui/shell/teacher-lock.svelte';
import { RobotLoader } from './ui/robot/robot-loader.svelte';
import { LazyMarkdown } from './ui/markdown/lazy-markdown.svelte';

// Display preferences: localStorage (per device, read before the first paint); `?locale=pseudo`
// forces a locale for one page load (tests); the browser's language is used on a first visit.
const i18n = new I18n(compiledMessageStore());
const settings = new Settings({
  i18n,
  store: hasLocalStorage() ? localPreferenceStore(window.localStorage) : memoryPreferenceStore(),
  languages: navigator.languages,
  forcedLocale: parseLocaleFlag(window.location.search),
  root: document.documentElement,
});
const updates = new AppUpdate();
// Pupils' blocks, attempts, classes and sessions: IndexedDB (Dexie). The tablet's session and
// the pupil who picked their name are read back at start-up, so a reload keeps the same pupil
// on the same blocks.
const storage = createStorage({ storageManager: navigator.storage });
// The first screen's code (for a level: the player and Blockly) downloads while storage opens.
const firstMatch = matchRoute(window.location.hash.replace(/^#/, ''));
const firstRoute = firstMatch?.route;
firstRoute?.load().catch(() => undefined);
// Its words (in the current language) too; they must be there before it shows.
const firstWords = i18n
  .load(firstRoute?.messages ?? ['pupil'])
  .catch((error: unknown) => console.error('Messages not loaded', error));
// The shipped curriculum, then the packs authored or imported on this device. A lesson
// address's pack starts loading now too, not once its screen has mounted.
// Their instructions come rendered; micromark loads only for a pack authored on this device.
const markdown = new LazyMarkdown(() => import('./ui/markdown/markdown'));
const lessons = withAuthoredPacks(
  shippedLessons((markup) => markdown.remember(markup)),
  storage.packs,
);
const firstPack = firstMatch?.params['pack'];
if (firstPack) lessons.pack(firstPack).catch(() => undefined);
// Who plays is read back while the first screen mounts: opening IndexedDB (hundreds of
// milliseconds the first time) overlaps Blockly's setup; screens await `currentPlayer.ready`.
const currentPlayer = new CurrentPlayer(storage.sessions);
currentPlayer.restore().catch((error: unknown) => console.error('Session not restored', error));
await firstWords;

const services: AppServices = {
  i18n,
  settings,
  speech: new Speech(browserSpeechEngine(globalThis)),
  announcer: new Announcer(),
  updates,
  lessons,
  markdown,
  workspaces: storage.workspaces,
  attempts: storage.attempts,
  progress: storage.attempts,
  storage,
  currentPlayer,
  teacherLock: new TeacherLock(storage.pin, storage.space),
  // Robots: the transports, drivers and session load on the first tap on the Robot button
  // (src/app/robot-stack.ts), so a pupil who never uses a robot never downloads them.
  robots: new RobotLoader(async () => {
    const { createRobotState } = await import('./app/robot-stack');
    return createRobotState({
      window,
      document,
      navigator,
      storage,
      t: i18n.t,
      announce: (text, politeness) => services.announcer.announce(text, politeness),
    });
  }),
};

const router = new Router();
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// index.html's boot shell goes as the app takes its place.
target.replaceChildren();
mount(App, { target, props: { router, services } });
void startOfflineApp(updates);

function hasLocalStorage(): boolean {
  try {
    return typeof window.localStorage !== 'undefined' && window.localStorage !== null;
  } catch {
    return false;
  }
}
