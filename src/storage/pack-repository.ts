// Lesson packs authored on this device (for the lesson editor), stored as raw pack JSON.
// Storage layer. Readers pass the JSON through core `restore` before use.
import type { ParcoursDb } from './database';
import type { StorageEnv } from './env';
import type { AuthoredPackRecord } from './records';

export class PackRepository {
  constructor(
    private readonly db: ParcoursDb,
    private readonly env: StorageEnv,
  ) {}

  /** Every authored pack, most recently changed first. */
  async list(): Promise<AuthoredPackRecord[]> {
    const packs = await this.db.packs.toArray();
    return packs.sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async get(id: string): Promise<AuthoredPackRecord | undefined> {
    return this.db.packs.get(id);
  }

  async save(id: string, json: unknown): Promise<AuthoredPackRecord> {
    const record: AuthoredPackRecord = { id, json, updatedAt: this.env.now() };
    await this.db.packs.put(record);
    return record;
  }

  async remove(id: string): Promise<void> {
    await this.db.packs.delete(id);
  }
}
