// Keeps robots safe when the page goes away: STOP when the tab is hidden (another app, a
// locked tablet) and when the page is being unloaded. The firmware's watchdog is the second
// line of defence for the cases where even this cannot run. Devices layer: DOM events only.
import type { Unsubscribe } from '../robots/transport';

export interface PageLike {
  readonly document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  readonly window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/** Calls `stop` when the page is hidden or unloaded. */
export function stopWhenPageHides(page: PageLike, stop: () => void): Unsubscribe {
  const onVisibility = (): void => {
    if (page.document.visibilityState === 'hidden') stop();
  };
  const onLeave = (): void => stop();
  page.document.addEventListener('visibilitychange', onVisibility);
  page.window.addEventListener('pagehide', onLeave);
  page.window.addEventListener('beforeunload', onLeave);
  return () => {
    page.document.removeEventListener('visibilitychange', onVisibility);
    page.window.removeEventListener('pagehide', onLeave);
    page.window.removeEventListener('beforeunload', onLeave);
  };
}
