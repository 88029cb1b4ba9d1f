// The class's physical robots and their calibrations, for the devices layer and for session
// groups. Storage layer. A robot's id is chosen by the caller (for example from the robot's
// own serial number) or generated.
import type { ParcoursDb } from './database';
import type { StorageEnv } from './env';
import type { RobotCalibration, RobotRecord } from './records';

export interface RobotInput {
  /** Omit to generate a ULID. */
  readonly id?: string;
  readonly kind: string;
  readonly name: string;
  readonly calibration?: RobotCalibration;
}

export class RobotRepository {
  constructor(
    private readonly db: ParcoursDb,
    private readonly env: StorageEnv,
  ) {}

  /** Every robot, by name. */
  async list(): Promise<RobotRecord[]> {
    const robots = await this.db.robots.toArray();
    return robots.sort((a, b) => a.name.localeCompare(b.name, 'fr', { numeric: true }));
  }

  async listByKind(kind: string): Promise<RobotRecord[]> {
    return this.db.robots.where('kind').equals(kind).toArray();
  }

  async get(id: string): Promise<RobotRecord | undefined> {
    return this.db.robots.get(id);
  }

  /** Adds a robot or replaces the one with the same id (keeping its calibration if none is given). */
  async save(input: RobotInput): Promise<RobotRecord> {
    return this.db.transaction('rw', this.db.robots, async () => {
      const id = input.id ?? this.env.newId();
      const existing = await this.db.robots.get(id);
      const record: RobotRecord = {
        id,
        kind: input.kind,
        name: input.name.trim(),
        calibration: input.calibration ?? existing?.calibration ?? {},
        updatedAt: this.env.now(),
      };
      await this.db.robots.put(record);
      return record;
    });
  }

  /** Replaces a robot's calibration; undefined when the robot is unknown. */
  async setCalibration(
    id: string,
    calibration: RobotCalibration,
  ): Promise<RobotRecord | undefined> {
    return this.db.transaction('rw', this.db.robots, async () => {
      const existing = await this.db.robots.get(id);
      if (!existing) return undefined;
      const record = { ...existing, calibration, updatedAt: this.env.now() };
      await this.db.robots.put(record);
      return record;
    });
  }

  async remove(id: string): Promise<void> {
    await this.db.robots.delete(id);
  }
}
