// The open pack editors, kept while the app runs (one per pack), so leaving for a play-test
// or the print view and coming back keeps the level in hand and the undo history. Each
// editor gets its own solver worker.
import { restorePack } from '../../core/lesson/restore';
import { PackEditor, type PackStore } from './pack-editor.svelte';
import { SolverClient } from './solver-client';

const editors = new Map<string, PackEditor>();

function createSolverWorker(): Worker {
  return new Worker(new URL('./solver.worker.ts', import.meta.url), { type: 'module' });
}

export type OpenResult =
  | { readonly kind: 'open'; readonly editor: PackEditor }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid' };

/** The editor of a stored pack: the one already open, or a new one read through `restore`. */
export async function openPackEditor(id: string, store: PackStore): Promise<OpenResult> {
  const open = editors.get(id);
  if (open) return { kind: 'open', editor: open };
  const record = await store.get(id);
  if (!record) return { kind: 'missing' };
  const restored = restorePack(record.json);
  if (!restored.ok) return { kind: 'invalid' };
  const editor = new PackEditor(restored.pack, store, new SolverClient(createSolverWorker));
  editors.set(id, editor);
  return { kind: 'open', editor };
}

/** Drops the open editor of a pack (after it was deleted or replaced by an import). */
export function closePackEditor(id: string): void {
  editors.get(id)?.dispose();
  editors.delete(id);
}
