// State of the backup screen: export everything or one class to a file; read several files,
// refuse the bad ones with their reason, preview what the good ones add, merge them at once.
import type { AppStorage } from '../../storage/index';
import {
  parseBackup,
  serializeBackup,
  type BackupFile,
  type BackupProblem,
} from '../../storage/backup-format';
import { isEmptyMerge, type MergeReport } from '../../storage/backup';
import { isQuotaError } from '../../storage/storage-health';
import type { ClassRecord } from '../../storage/records';
import { downloadText } from './download';
import { backupFileName } from './format';

export type ChosenFile =
  | { readonly name: string; readonly ok: true; readonly backup: BackupFile }
  | { readonly name: string; readonly ok: false; readonly problem: BackupProblem | 'unreadable' };

export type MergeOutcome =
  | { readonly ok: true; readonly report: MergeReport }
  | { readonly ok: false; readonly quota: boolean };

export class BackupPageState {
  classes = $state.raw<readonly ClassRecord[]>([]);
  files = $state.raw<readonly ChosenFile[]>([]);
  preview = $state.raw<MergeReport | null>(null);
  outcome = $state.raw<MergeOutcome | null>(null);
  exported = $state<string | null>(null);
  exportFailed = $state(false);
  busy = $state(false);

  readonly accepted = $derived(
    this.files.filter((f): f is Extract<ChosenFile, { ok: true }> => f.ok).map((f) => f.backup),
  );
  readonly nothingNew = $derived(this.preview !== null && isEmptyMerge(this.preview));

  constructor(private readonly storage: Pick<AppStorage, 'classes' | 'backups'>) {}

  async load(): Promise<void> {
    this.classes = (await this.storage.classes.listClasses()).filter((c) => !c.archived);
  }

  async exportAll(label: string): Promise<void> {
    await this.#export({ kind: 'all' }, label);
  }

  async exportClass(cls: ClassRecord): Promise<void> {
    await this.#export({ kind: 'class', classId: cls.id }, cls.name);
  }

  async #export(
    scope: Parameters<AppStorage['backups']['export']>[0],
    label: string,
  ): Promise<void> {
    try {
      const file = await this.storage.backups.export(scope);
      const name = backupFileName(label, file.createdAt);
      downloadText(serializeBackup(file), name);
      this.exported = name;
      this.exportFailed = false;
    } catch {
      this.exportFailed = true;
    }
  }

  /** Reads the chosen files and previews the merge of those accepted. */
  async choose(list: readonly File[]): Promise<void> {
    this.outcome = null;
    this.busy = true;
    try {
      this.files = await Promise.all(
        list.map(async (file): Promise<ChosenFile> => {
          let text: string;
          try {
            text = await file.text();
          } catch {
            return { name: file.name, ok: false, problem: 'unreadable' };
          }
          const parsed = await parseBackup(text);
          return parsed.ok
            ? { name: file.name, ok: true, backup: parsed.backup }
            : { name: file.name, ok: false, problem: parsed.problem };
        }),
      );
      this.preview =
        this.accepted.length > 0 ? await this.storage.backups.preview(this.accepted) : null;
    } finally {
      this.busy = false;
    }
  }

  async merge(): Promise<void> {
    if (this.accepted.length === 0) return;
    this.busy = true;
    try {
      this.outcome = { ok: true, report: await this.storage.backups.merge(this.accepted) };
      this.files = [];
      this.preview = null;
      await this.load();
    } catch (error) {
      this.outcome = { ok: false, quota: isQuotaError(error) };
    } finally {
      this.busy = false;
    }
  }
}
