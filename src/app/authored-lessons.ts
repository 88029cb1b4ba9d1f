// The lesson library with the packs authored or imported on this device: the shipped
// curriculum first, then every stored pack that restores cleanly (through the same `restore`
// as lessons/). Stored packs are read afresh on each call, so a pack saved in the editor is
// playable and can be put into a session at once. The validator loads only when this device
// has stored packs (shipped packs are restored at build time). Built by the composition root.
import type { Pack } from '../core/lesson/types';
import type { LessonLibrary } from '../ui/lesson-library';

/** Where authored packs are kept (the storage layer's PackRepository). */
export interface AuthoredPackSource {
  list(): Promise<readonly { readonly id: string; readonly json: unknown }[]>;
  get(id: string): Promise<{ readonly id: string; readonly json: unknown } | undefined>;
}

async function restored(record: { readonly json: unknown } | undefined): Promise<Pack | null> {
  if (!record) return null;
  const { restorePack } = await import('../core/lesson/restore');
  const result = restorePack(record.json);
  return result.ok ? result.pack : null;
}

export function withAuthoredPacks(
  shipped: LessonLibrary,
  authored: AuthoredPackSource,
): LessonLibrary {
  const stored = async (): Promise<Pack[]> => {
    const records = await authored.list().catch(() => []);
    return (await Promise.all(records.map(restored)))
      .filter((pack): pack is Pack => pack !== null)
      .sort((a, b) => a.title.fr.localeCompare(b.title.fr, 'fr'));
  };
  return {
    packs: async () => {
      const [curriculum, own] = await Promise.all([shipped.packs(), stored()]);
      const ids = new Set(curriculum.map((pack) => pack.id));
      return [...curriculum, ...own.filter((pack) => !ids.has(pack.id))];
    },
    pack: async (id) =>
      (await shipped.pack(id)) ?? restored(await authored.get(id).catch(() => undefined)),
  };
}
