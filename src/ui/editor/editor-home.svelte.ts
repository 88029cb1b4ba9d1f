// State of the editor's home: the packs authored or imported on this device (create,
// duplicate, delete, export), and importing a pack file: read, validated by `restore`,
// previewed, then stored whole or not at all.
import { duplicatePack, newPack, slug, uniqueId } from '../../core/lesson/edit';
import { restorePack, restorePackText, type RestoreIssue } from '../../core/lesson/restore';
import { packToFile, packToText } from '../../core/lesson/serialize';
import type { LocalizedText, Pack } from '../../core/lesson/types';
import { MAX_JSON_STRING } from '../../core/lesson/limits';
import type { LessonLibrary } from '../lesson-library';
import { closePackEditor } from './editor-session';
import type { PackStore } from './pack-editor.svelte';

export interface AuthoredPack {
  readonly id: string;
  /** The pack, or null when the stored file no longer restores. */
  readonly pack: Pack | null;
  readonly updatedAt: number;
}

export type ImportState =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'rejected';
      readonly fileName: string;
      readonly errors: readonly RestoreIssue[];
    }
  | {
      readonly kind: 'preview';
      readonly fileName: string;
      readonly pack: Pack;
      /** The id it will be stored under (another when the file's id is taken). */
      readonly id: string;
    }
  | { readonly kind: 'done'; readonly title: LocalizedText };

/** Largest pack file read (a pack of 100 big levels stays well below). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export class EditorHome {
  packs = $state.raw<readonly AuthoredPack[]>([]);
  loaded = $state(false);
  importing = $state.raw<ImportState>({ kind: 'idle' });
  failed = $state(false);

  constructor(
    private readonly store: PackStore,
    private readonly shipped: LessonLibrary,
  ) {}

  async load(): Promise<void> {
    const records = await this.store.list();
    this.packs = records.map((record) => {
      const restored = restorePack(record.json);
      return {
        id: record.id,
        pack: restored.ok ? restored.pack : null,
        updatedAt: record.updatedAt,
      };
    });
    this.loaded = true;
  }

  async #takenIds(): Promise<string[]> {
    const shipped = await this.shipped.packs();
    return [...shipped.map((p) => p.id), ...this.packs.map((p) => p.id)];
  }

  /** Creates a pack with one level; returns its id. */
  async create(title: LocalizedText, levelTitle: LocalizedText): Promise<string> {
    const id = uniqueId(slug(title.fr, 'atelier'), await this.#takenIds());
    await this.#store(newPack(id, title, levelTitle));
    return id;
  }

  async duplicate(id: string, copyTitle: (title: string) => string): Promise<string | null> {
    const pack = this.packs.find((p) => p.id === id)?.pack;
    if (!pack) return null;
    const newId = uniqueId(`${pack.id}-copie`, await this.#takenIds());
    const title: LocalizedText = { ...pack.title, fr: copyTitle(pack.title.fr) };
    if (pack.title.en) title.en = copyTitle(pack.title.en);
    await this.#store(duplicatePack(pack, newId, title));
    return newId;
  }

  async remove(id: string): Promise<void> {
    closePackEditor(id);
    await this.store.remove(id);
    await this.load();
  }

  /** The pack as a file's text and name, for the browser's download. */
  exportFile(id: string): { text: string; name: string } | null {
    const pack = this.packs.find((p) => p.id === id)?.pack;
    return pack ? { text: packToText(pack), name: `${pack.id}.parcours.json` } : null;
  }

  /** Reads a chosen file and previews it, or lists why it cannot be imported. */
  async read(file: { name: string; size: number; text(): Promise<string> }): Promise<void> {
    if (file.size > MAX_IMPORT_BYTES) {
      this.importing = {
        kind: 'rejected',
        fileName: file.name,
        errors: [{ path: '', code: 'too-large', data: { max: MAX_JSON_STRING } }],
      };
      return;
    }
    const result = restorePackText(await file.text());
    if (!result.ok) {
      this.importing = { kind: 'rejected', fileName: file.name, errors: result.errors };
      return;
    }
    const id = uniqueId(result.pack.id, await this.#takenIds());
    this.importing = { kind: 'preview', fileName: file.name, pack: result.pack, id };
  }

  /** Stores the previewed pack, whole. */
  async confirmImport(): Promise<void> {
    const state = this.importing;
    if (state.kind !== 'preview') return;
    this.failed = false;
    try {
      await this.#store({ ...state.pack, id: state.id });
      this.importing = { kind: 'done', title: state.pack.title };
    } catch {
      this.failed = true;
    }
  }

  cancelImport(): void {
    this.importing = { kind: 'idle' };
  }

  async #store(pack: Pack): Promise<void> {
    await this.store.save(pack.id, packToFile(pack));
    await this.load();
  }
}
