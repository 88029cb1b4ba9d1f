// The offline app's state as the shell shows it: whether the app is stored for offline use and
// whether a new version waits. Applying the new version is always a person's choice (the
// teacher, from the banner or the settings): nothing here reloads the page by itself.
// Contract: the composition root (src/app/pwa.ts) feeds it; the UI only reads it and calls
// `apply`, `dismiss` or `reload`.

export type OfflineStatus = 'unsupported' | 'pending' | 'ready';
export type UpdateStatus = 'none' | 'ready' | 'applying' | 'applied-elsewhere';

/** What actually applies an update; provided by the service-worker registration. */
export interface UpdateActions {
  /** Activates the waiting version; the page reloads once it controls the page. */
  apply(): Promise<void>;
  /** Reloads the page (to finish an update made from another tab). */
  reload(): void;
}

export class AppUpdate {
  offline = $state<OfflineStatus>('unsupported');
  update = $state<UpdateStatus>('none');
  /** The banner was put aside with "Later"; the update stays available in the settings. */
  dismissed = $state(false);

  #actions: UpdateActions | null = null;

  /** Whether the banner should show (on screens where no pupil is in a level). */
  get announce(): boolean {
    return (this.update === 'ready' && !this.dismissed) || this.update === 'applied-elsewhere';
  }

  connect(actions: UpdateActions): void {
    this.#actions = actions;
  }

  // Events from the service worker.
  didStartInstall(): void {
    if (this.offline === 'unsupported') this.offline = 'pending';
  }

  didBecomeOfflineReady(): void {
    this.offline = 'ready';
  }

  didFindUpdate(): void {
    this.offline = 'ready';
    if (this.update === 'none') {
      this.update = 'ready';
      this.dismissed = false;
    }
  }

  didUpdateElsewhere(): void {
    this.update = 'applied-elsewhere';
  }

  // Choices of the person holding the tablet.
  async apply(): Promise<void> {
    if (this.update !== 'ready' || !this.#actions) return;
    this.update = 'applying';
    try {
      await this.#actions.apply();
    } catch (error) {
      console.error('The update could not be applied', error);
      this.update = 'ready';
    }
  }

  dismiss(): void {
    this.dismissed = true;
  }

  reload(): void {
    this.#actions?.reload();
  }
}
