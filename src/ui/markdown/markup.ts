// The HTML of a pack's Markdown texts, made ahead of time: the build renders every shipped
// pack's instructions and hints (scripts/vite-lessons.ts) and ships the result beside the pack,
// so a pupil's lesson page needs no Markdown parser for the curriculum. Pure functions over a
// renderer: the build passes micromark's (src/ui/markdown/markdown.ts), tests may pass others.
import type { Pack } from '../../core/lesson/types';

/** Instructions are blocks of Markdown; hints are one line, shown inline after their label. */
export type MarkupKind = 'block' | 'inline';

/** A Markdown text's HTML, by `markupKey(kind, source)`. */
export type Markup = Readonly<Record<string, string>>;

export interface MarkdownRenderers {
  readonly renderMarkdown: (source: string) => string;
  readonly renderInlineMarkdown: (source: string) => string;
}

export function markupKey(kind: MarkupKind, source: string): string {
  return `${kind}\u0000${source}`;
}

export function renderMarkup(
  renderers: MarkdownRenderers,
  kind: MarkupKind,
  source: string,
): string {
  return kind === 'block'
    ? renderers.renderMarkdown(source)
    : renderers.renderInlineMarkdown(source);
}

/** Every text the lesson player renders as Markdown for this pack, in every language. */
export function packMarkup(pack: Pack, renderers: MarkdownRenderers): Markup {
  const markup: Record<string, string> = {};
  const add = (kind: MarkupKind, texts: Readonly<Record<string, string | undefined>>) => {
    for (const source of Object.values(texts))
      if (source !== undefined)
        markup[markupKey(kind, source)] = renderMarkup(renderers, kind, source);
  };
  for (const level of pack.levels) {
    add('block', level.instructions);
    for (const hint of level.hints) add('inline', hint);
  }
  return markup;
}
