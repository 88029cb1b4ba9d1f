// The curriculum shipped in lessons/: bundled by Vite, one chunk per pack. The build restores
// each pack (scripts/vite-lessons.ts: validation, defaults, migration; a broken pack fails the
// build), so the tablet imports packs ready to play and never loads the validator for them. A
// pack file is named `NN-<pack id>.json`, so opening one level fetches only its pack; the full
// list (home screen, teacher) fetches every pack in parallel. Each pack module also carries its
// instructions and hints rendered to HTML at build time (`markup`), handed to `onMarkup`.
import type { LessonLibrary } from '../ui/lesson-library';
import type { Pack } from '../core/lesson/types';
import type { Markup } from '../ui/markdown/markup';

interface PackModule {
  readonly default: Pack;
  readonly markup?: Markup;
}

const files = import.meta.glob<PackModule>(['/lessons/*.json', '!/lessons/schema.json']);

/** The shipped pack files, in curriculum (name) order. */
const names = Object.keys(files).sort();

/** The file that should hold pack `id`, by the `NN-<id>.json` naming convention. */
function fileOf(id: string): string | undefined {
  return names.find((name) => name.replace(/^.*\/(\d+-)?/, '') === `${id}.json`);
}

export function shippedLessons(
  onMarkup: (markup: Markup) => void = () => undefined,
): LessonLibrary {
  const loaded = new Map<string, Promise<Pack | null>>();
  const load = (name: string): Promise<Pack | null> => {
    let pack = loaded.get(name);
    if (!pack) {
      pack = files[name]!().then(
        (module) => {
          if (module.markup) onMarkup(module.markup);
          return module.default;
        },
        (error: unknown) => {
          // Offline before the chunk was cached: the next call tries again.
          console.error(`Lesson pack ${name} did not load`, error);
          loaded.delete(name);
          return null;
        },
      );
      loaded.set(name, pack);
    }
    return pack;
  };
  let all: Promise<readonly Pack[]> | null = null;
  const packs = (): Promise<readonly Pack[]> =>
    (all ??= Promise.all(names.map(load)).then((list) =>
      list.filter((pack): pack is Pack => pack !== null),
    ));
  return {
    packs,
    pack: async (id) => {
      const name = fileOf(id);
      const own = name ? await load(name) : null;
      if (own?.id === id) return own;
      return (await packs()).find((pack) => pack.id === id) ?? null;
    },
  };
}
