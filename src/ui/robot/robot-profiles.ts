// Robot profiles: the name a class gave each robot and its calibration, saved per robot and
// reused at the next connection. The UI reads them through this small interface; the
// composition root picks the implementation (the storage layer's RobotRepository through
// `repositoryProfiles`, or `keyValueProfiles` over localStorage until storage is wired).
import { DEFAULT_CALIBRATION, type Calibration, type RobotKind } from '../../robots/driver';
import type { RobotCalibration, RobotRecord } from '../../storage/records';

export interface RobotProfile {
  /** The session's robot id (kind and device key). */
  readonly id: string;
  readonly kind: RobotKind;
  readonly name: string;
  /** Null until someone calibrated this robot. */
  readonly calibration: Calibration | null;
}

export interface RobotProfiles {
  get(id: string): Promise<RobotProfile | null>;
  list(): Promise<RobotProfile[]>;
  save(profile: RobotProfile): Promise<void>;
}

const CALIBRATION_KEYS = ['power', 'msPerCm', 'quarterTurnMs', 'trim'] as const;

/** A stored calibration, or null when it is missing or not all numbers. */
export function readCalibration(stored: RobotCalibration | null | undefined): Calibration | null {
  if (!stored) return null;
  const values: Partial<Record<(typeof CALIBRATION_KEYS)[number], number>> = {};
  for (const key of CALIBRATION_KEYS) {
    const value = stored[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    values[key] = value;
  }
  return { ...DEFAULT_CALIBRATION, ...values };
}

/** The part of storage's RobotRepository the profiles use. */
export interface RobotRecordStore {
  get(id: string): Promise<RobotRecord | undefined>;
  list(): Promise<RobotRecord[]>;
  save(input: {
    id: string;
    kind: string;
    name: string;
    calibration?: RobotCalibration;
  }): Promise<RobotRecord>;
}

function fromRecord(record: RobotRecord): RobotProfile {
  return {
    id: record.id,
    kind: record.kind as RobotKind,
    name: record.name,
    calibration: readCalibration(record.calibration),
  };
}

/** Profiles kept by the storage layer (IndexedDB), exported with the class's backups. */
export function repositoryProfiles(store: RobotRecordStore): RobotProfiles {
  return {
    async get(id) {
      const record = await store.get(id);
      return record ? fromRecord(record) : null;
    },
    async list() {
      return (await store.list()).map(fromRecord);
    },
    async save(profile) {
      await store.save({
        id: profile.id,
        kind: profile.kind,
        name: profile.name,
        ...(profile.calibration ? { calibration: { ...profile.calibration } } : {}),
      });
    },
  };
}

/** The part of the Web Storage API `keyValueProfiles` uses. */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEY = 'parcours.robots';

/** Profiles in a key-value store (localStorage), or in memory when there is none. */
export function keyValueProfiles(backing: KeyValue | null): RobotProfiles {
  let memory: Record<string, RobotProfile> = {};
  const read = (): Record<string, RobotProfile> => {
    if (!backing) return memory;
    try {
      const parsed = JSON.parse(backing.getItem(KEY) ?? '{}') as unknown;
      return typeof parsed === 'object' && parsed !== null
        ? (parsed as Record<string, RobotProfile>)
        : {};
    } catch {
      return {};
    }
  };
  const write = (all: Record<string, RobotProfile>): void => {
    memory = all;
    backing?.setItem(KEY, JSON.stringify(all));
  };
  const clean = (value: RobotProfile): RobotProfile => ({
    id: String(value.id),
    kind: value.kind,
    name: String(value.name),
    calibration: readCalibration(value.calibration as RobotCalibration | null),
  });
  return {
    async get(id) {
      const found = read()[id];
      return found ? clean(found) : null;
    },
    async list() {
      return Object.values(read()).map(clean);
    },
    async save(profile) {
      write({ ...read(), [profile.id]: clean(profile) });
    },
  };
}
