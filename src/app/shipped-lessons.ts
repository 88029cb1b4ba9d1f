// The curriculum shipped in lessons/: bundled by Vite, each pack restored on first use.
import type { LessonLibrary } from '../ui/lesson-library';
import type { Pack } from '../core/lesson/types';
import { restorePack } from '../core/lesson/restore';

const files = import.meta.glob<unknown>('/lessons/*.json', { import: 'default' });

export function shippedLessons(): LessonLibrary {
  let loaded: Promise<readonly Pack[]> | null = null;
  const load = async (): Promise<readonly Pack[]> => {
    const names = Object.keys(files)
      .filter((name) => !name.endsWith('/schema.json'))
      .sort();
    const packs: Pack[] = [];
    for (const name of names) {
      const result = restorePack(await files[name]!());
      if (result.ok) packs.push(result.pack);
      else console.error(`Lesson pack ${name} is invalid`, result.errors);
    }
    return packs;
  };
  return {
    packs: () => (loaded ??= load()),
    pack: async (id) => (await (loaded ??= load())).find((pack) => pack.id === id) ?? null,
  };
}
