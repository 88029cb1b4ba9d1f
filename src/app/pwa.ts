// Registers the service worker that vite-plugin-pwa generates (sw.js, Workbox precache) and
// feeds the shell's AppUpdate state. A new version is only announced: it waits until someone
// presses "Update" (registerType 'prompt'), and only the tab that asked for it reloads, so a
// pupil in the middle of a level is never interrupted, even when the teacher updates from
// another tab. Contract: composition-root code, called once from src/main.ts.
import type { Workbox } from 'workbox-window';
import type { AppUpdate } from '../ui/shell/app-update.svelte';

/** How often an open app asks the server whether a new version exists, when online. */
const updateCheckInterval = 60 * 60 * 1000;

export interface PwaOptions {
  /** Service-worker script URL, relative to the page (the app is served from any folder). */
  readonly scriptUrl?: string;
}

/**
 * Starts offline support. Returns the Workbox instance, or null where service workers are
 * unavailable (dev server, old browsers, tests that block them): the app then simply works
 * online, and `updates` says offline use is unsupported.
 */
export async function startOfflineApp(
  updates: AppUpdate,
  options: PwaOptions = {},
): Promise<Workbox | null> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return null;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(options.scriptUrl ?? `${import.meta.env.BASE_URL}sw.js`, {
    scope: import.meta.env.BASE_URL,
  });
  let requestedHere = false;

  updates.connect({
    apply: async () => {
      requestedHere = true;
      wb.messageSkipWaiting();
    },
    reload: () => window.location.reload(),
  });

  wb.addEventListener('installing', () => updates.didStartInstall());
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) updates.didBecomeOfflineReady();
  });
  wb.addEventListener('waiting', () => updates.didFindUpdate());
  // The first visit's worker takes control without a reload (clientsClaim); after that, a
  // change of controller means a new version was applied.
  let controlled = navigator.serviceWorker.controller !== null;
  wb.addEventListener('controlling', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    // Only the tab where the teacher chose to update reloads; other tabs keep their pupil's
    // level and show that a reload is due. (Workbox marks a version found by a later check
    // as "external", so the event's isUpdate flag cannot tell these cases apart.)
    if (requestedHere) window.location.reload();
    else updates.didUpdateElsewhere();
  });

  try {
    const registration = await wb.register();
    if (!registration) return null;
    if (registration.active) updates.didBecomeOfflineReady();
    else updates.didStartInstall();
    if (registration.waiting && navigator.serviceWorker.controller) updates.didFindUpdate();
    window.setInterval(() => {
      if (navigator.onLine) registration.update().catch(() => undefined);
    }, updateCheckInterval);
  } catch (error) {
    // Blocked or failed registration: the app still works online.
    console.warn('Offline support is unavailable', error);
    return null;
  }
  return wb;
}
