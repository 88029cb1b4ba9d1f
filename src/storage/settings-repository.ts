// Device-local settings (one row per key): this tablet's id, the teacher PIN hash, the
// session this tablet shows, and small flags. Storage layer. Settings never leave the device:
// backups do not carry them.
import type { ParcoursDb } from './database';
import type { StorageEnv } from './env';

/** Every settings key, so none is spelled twice. */
export const SETTING_KEYS = {
  deviceId: 'device.id',
  teacherPin: 'teacher.pin',
  persistAsked: 'storage.persistAsked',
  activeSession: 'device.activeSession',
  currentPlayer: 'device.currentPlayer',
} as const;

export class SettingsRepository {
  #deviceId: Promise<string> | null = null;

  constructor(
    private readonly db: ParcoursDb,
    private readonly env: StorageEnv,
  ) {}

  async get<T>(key: string): Promise<T | undefined> {
    const row = await this.db.settings.get(key);
    return row?.value as T | undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }

  async remove(key: string): Promise<void> {
    await this.db.settings.delete(key);
  }

  /**
   * This tablet's id, created on first use. When IndexedDB cannot be written the id lives in
   * memory for this visit, so attempts still carry one.
   */
  deviceId(): Promise<string> {
    this.#deviceId ??= this.#loadDeviceId();
    return this.#deviceId;
  }

  async #loadDeviceId(): Promise<string> {
    try {
      return await this.db.transaction('rw', this.db.settings, async () => {
        const existing = await this.db.settings.get(SETTING_KEYS.deviceId);
        if (typeof existing?.value === 'string') return existing.value;
        const id = this.env.newId();
        await this.db.settings.put({ key: SETTING_KEYS.deviceId, value: id });
        return id;
      });
    } catch {
      return this.env.newId();
    }
  }
}
