// The curriculum shipped in lessons/: bundled by Vite, each pack restored on first use. A pack
// file is named `NN-<pack id>.json`, so opening one level fetches and restores only its pack;
// the full list (home screen, teacher) fetches every pack in parallel.
import type { LessonLibrary } from '../ui/lesson-library';
import type { Pack } from '../core/lesson/types';
import { restorePack } from '../core/lesson/restore';

const files = import.meta.glob<unknown>('/lessons/*.json', { import: 'default' });

/** The shipped pack files, in curriculum (name) order. */
const names = Object.keys(files)
  .filter((name) => !name.endsWith('/schema.json'))
  .sort();

/** The file that should hold pack `id`, by the `NN-<id>.json` naming convention. */
function fileOf(id: string): string | undefined {
  return names.find((name) => name.replace(/^.*\/(\d+-)?/, '') === `${id}.json`);
}

export function shippedLessons(): LessonLibrary {
  const restored = new Map<string, Promise<Pack | null>>();
  const restore = (name: string): Promise<Pack | null> => {
    let pack = restored.get(name);
    if (!pack) {
      pack = files[name]!().then((raw) => {
        const result = restorePack(raw);
        if (result.ok) return result.pack;
        console.error(`Lesson pack ${name} is invalid`, result.errors);
        return null;
      });
      restored.set(name, pack);
    }
    return pack;
  };
  let all: Promise<readonly Pack[]> | null = null;
  const packs = (): Promise<readonly Pack[]> =>
    (all ??= Promise.all(names.map(restore)).then((list) =>
      list.filter((pack): pack is Pack => pack !== null),
    ));
  return {
    packs,
    pack: async (id) => {
      const name = fileOf(id);
      const own = name ? await restore(name) : null;
      if (own?.id === id) return own;
      return (await packs()).find((pack) => pack.id === id) ?? null;
    },
  };
}
