// The storage layer's front door: opens the database and builds every repository around it.
// Storage layer. Only the composition root (src/main.ts) and tests call `createStorage`;
// everything else receives the repositories.
import { AttemptRepository } from './attempt-repository';
import type { BackupService } from './backup';
import { ClassRepository } from './class-repository';
import { ParcoursDb, type DatabaseOptions } from './database';
import { systemEnv, type StorageEnv } from './env';
import { PackRepository } from './pack-repository';
import { PIN_ITERATIONS, TeacherPin } from './pin';
import { RobotRepository } from './robot-repository';
import { SessionRepository } from './session-repository';
import { SettingsRepository } from './settings-repository';
import { SpaceService, type StorageManagerLike } from './space';
import { StorageHealth } from './storage-health';
import { WorkspaceRepository } from './workspace-repository';

export interface AppStorage {
  readonly db: ParcoursDb;
  readonly health: StorageHealth;
  readonly settings: SettingsRepository;
  readonly classes: ClassRepository;
  readonly sessions: SessionRepository;
  readonly attempts: AttemptRepository;
  readonly workspaces: WorkspaceRepository;
  readonly robots: RobotRepository;
  readonly packs: PackRepository;
  readonly backups: Backups;
  readonly pin: TeacherPin;
  readonly space: SpaceService;
}

/** Backups: export, preview and merge of files (see ./backup). */
export type Backups = Pick<BackupService, 'export' | 'preview' | 'merge' | 'importText'>;

/**
 * Backups load their code (checksums, canonical JSON, the file schema) on first use: only the
 * teacher's backup screens need it, not a pupil's lesson page.
 */
class LazyBackups implements Backups {
  #service: Promise<BackupService> | null = null;

  constructor(private readonly create: () => Promise<BackupService>) {}

  #get(): Promise<BackupService> {
    return (this.#service ??= this.create().catch((error: unknown) => {
      this.#service = null;
      throw error;
    }));
  }

  async export(...args: Parameters<Backups['export']>): ReturnType<Backups['export']> {
    return (await this.#get()).export(...args);
  }

  async preview(...args: Parameters<Backups['preview']>): ReturnType<Backups['preview']> {
    return (await this.#get()).preview(...args);
  }

  async merge(...args: Parameters<Backups['merge']>): ReturnType<Backups['merge']> {
    return (await this.#get()).merge(...args);
  }

  async importText(...args: Parameters<Backups['importText']>): ReturnType<Backups['importText']> {
    return (await this.#get()).importText(...args);
  }
}

export interface StorageOptions extends DatabaseOptions {
  readonly name?: string;
  readonly env?: StorageEnv;
  /** `navigator.storage` in the browser. */
  readonly storageManager?: StorageManagerLike;
  /** PBKDF2 rounds for new PIN hashes (tests may lower it; the app keeps the default). */
  readonly pinIterations?: number;
}

export function createStorage(options: StorageOptions = {}): AppStorage {
  const db = new ParcoursDb(options.name, options);
  const env = options.env ?? systemEnv();
  const health = new StorageHealth();
  const settings = new SettingsRepository(db, env);
  return {
    db,
    health,
    settings,
    classes: new ClassRepository(db, env),
    sessions: new SessionRepository(db, env, settings),
    attempts: new AttemptRepository(db, env, settings, health),
    workspaces: new WorkspaceRepository(db, env, health),
    robots: new RobotRepository(db, env),
    packs: new PackRepository(db, env),
    backups: new LazyBackups(
      async () => new (await import('./backup')).BackupService(db, env, settings),
    ),
    pin: new TeacherPin(settings, options.pinIterations ?? PIN_ITERATIONS),
    space: new SpaceService(options.storageManager, settings),
  };
}

export type { AttemptInput } from './attempt-repository';
export type { ClassProblem, NewPupil } from './class-repository';
export type { GroupPlan, PickedLearner, SessionPlan, SessionProblem } from './session-repository';
export type { BackupFile, BackupProblem, BackupScope, ParsedBackup } from './backup-format';
export type { MergeReport } from './backup';
export type { StorageHealthSnapshot, StorageProblem } from './storage-health';
export { StorageWriteError } from './storage-health';
export type { PersistState, SpaceEstimate } from './space';
export * from './records';
