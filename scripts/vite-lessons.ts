// Build plugin: the shipped lesson packs (lessons/NN-<id>.json) go through the same `restore`
// as an imported pack (validation, defaults, migration) when they are built, not on every
// pupil's tablet. The app then imports packs that are already restored, and a broken pack
// fails the build with the translated issues. Build tooling, Node only; `restore` is loaded
// through a Vite module runner, as scripts/vite-messages.ts loads the catalogues.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { RestoreIssue, RestoreResult } from '../src/core/lesson/restore';
import type { Translate } from '../src/messages/store';
import type { Pack } from '../src/core/lesson/types';
import type { MarkdownRenderers, Markup } from '../src/ui/markdown/markup';

/** A shipped pack file: `lessons/NN-<id>.json` (the schema beside them is not a pack). */
export const SHIPPED_PACK = /[\\/]lessons[\\/]\d+-[^\\/]+\.json$/;

interface RestoreModules {
  readonly restorePack: (input: unknown) => RestoreResult;
  readonly describeIssue: (issue: RestoreIssue, t: Translate) => string;
  readonly translator: (locale: 'en') => Translate;
  readonly packMarkup: (pack: Pack, renderers: MarkdownRenderers) => Markup;
  readonly renderers: MarkdownRenderers;
}

/** The restored pack, or an error naming the file and every issue in English. */
export function restoredPack(file: string, text: string, modules: RestoreModules): Pack {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${String(error)})`, { cause: error });
  }
  const result = modules.restorePack(raw);
  if (!result.ok) {
    const t = modules.translator('en');
    const issues = result.errors.map((issue) => `  - ${modules.describeIssue(issue, t)}`);
    throw new Error(`${file} is not a valid lesson pack:\n${issues.join('\n')}`);
  }
  return result.pack;
}

/** The restored pack as the JSON the app imports. */
export function restoredPackJson(file: string, text: string, modules: RestoreModules): string {
  return JSON.stringify(restoredPack(file, text, modules));
}

/** The module line that ships a pack's rendered Markdown beside it (see src/ui/markdown/markup.ts). */
export function markupExport(pack: Pack, modules: RestoreModules): string {
  const markup = modules.packMarkup(pack, modules.renderers);
  return `\nexport const markup = ${JSON.stringify(markup)};\n`;
}

export function restoredLessons(): Plugin[] {
  let root = process.cwd();
  let modules: Promise<RestoreModules> | undefined;
  const load = async (): Promise<RestoreModules> => {
    const imported = async <T>(file: string): Promise<T> =>
      (await runnerImport<T>(resolve(root, file), { root, logLevel: 'warn' })).module;
    const [restore, issues, format, markup, renderers] = await Promise.all([
      imported<Pick<RestoreModules, 'restorePack'>>('src/core/lesson/restore.ts'),
      imported<Pick<RestoreModules, 'describeIssue'>>('src/messages/lesson-issues.ts'),
      imported<Pick<RestoreModules, 'translator'>>('src/messages/format.ts'),
      imported<Pick<RestoreModules, 'packMarkup'>>('src/ui/markdown/markup.ts'),
      imported<MarkdownRenderers>('src/ui/markdown/markdown.ts'),
    ]);
    return {
      restorePack: restore.restorePack,
      describeIssue: issues.describeIssue,
      translator: format.translator,
      packMarkup: markup.packMarkup,
      renderers: {
        renderMarkdown: renderers.renderMarkdown,
        renderInlineMarkdown: renderers.renderInlineMarkdown,
      },
    };
  };
  const markup = new Map<string, string>();
  const restore: Plugin = {
    name: 'parcours-restored-lessons',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async load(id) {
      const file = id.split('?')[0] ?? id;
      if (!SHIPPED_PACK.test(file)) return null;
      this.addWatchFile(file);
      const text = await readFile(file, 'utf8');
      const loaded = await (modules ??= load());
      const pack = restoredPack(file, text, loaded);
      markup.set(file, markupExport(pack, loaded));
      return JSON.stringify(pack);
    },
  };
  // After Vite's JSON plugin has made the pack a module: its Markdown, rendered, goes beside it.
  const ship: Plugin = {
    name: 'parcours-lesson-markup',
    enforce: 'post',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      const line = SHIPPED_PACK.test(file) ? markup.get(file) : undefined;
      return line === undefined ? null : { code: code + line, map: null };
    },
  };
  return [restore, ship];
}
