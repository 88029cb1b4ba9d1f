// Persistent storage and quota: asks the browser once to keep this app's data (so a full
// disk does not evict pupils' progress) and reports how much space is used. Storage layer;
// the composition root passes `navigator.storage`.
import { SETTING_KEYS, type SettingsRepository } from './settings-repository';

/** The part of the browser's StorageManager this needs (absent on old browsers). */
export interface StorageManagerLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

export type PersistState = 'granted' | 'denied' | 'unsupported';

export interface SpaceEstimate {
  readonly usage: number;
  readonly quota: number;
}

export class SpaceService {
  constructor(
    private readonly manager: StorageManagerLike | undefined,
    private readonly settings: SettingsRepository,
  ) {}

  /** Whether the browser promised to keep the data. */
  async persisted(): Promise<PersistState> {
    if (!this.manager?.persisted) return 'unsupported';
    return (await this.manager.persisted()) ? 'granted' : 'denied';
  }

  /**
   * Asks for persistent storage the first time only (browsers may show a prompt); later
   * calls report the current state without asking again.
   */
  async requestPersistenceOnce(): Promise<PersistState> {
    if (!this.manager?.persist) return 'unsupported';
    const asked = await this.settings.get<boolean>(SETTING_KEYS.persistAsked);
    if (asked) return this.persisted();
    const granted = await this.manager.persist().catch(() => false);
    await this.settings.set(SETTING_KEYS.persistAsked, true);
    return granted ? 'granted' : 'denied';
  }

  /** Bytes used and available to this app, or null when the browser does not say. */
  async estimate(): Promise<SpaceEstimate | null> {
    if (!this.manager?.estimate) return null;
    const { usage, quota } = await this.manager.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number') return null;
    return { usage, quota };
  }
}
