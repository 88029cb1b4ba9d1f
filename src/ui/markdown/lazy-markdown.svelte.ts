// Markdown for the lesson player without shipping the parser to every pupil: texts of the
// shipped packs arrive already rendered (their markup is remembered as each pack loads); only
// a text the build did not see — a pack authored or imported on this device — loads micromark,
// showing the plain text, escaped, until it has arrived. Reactive: a screen showing such a text
// renders it again once the parser is there. UI layer (Svelte runes); no DOM access.
import { SvelteMap } from 'svelte/reactivity';
import {
  markupKey,
  renderMarkup,
  type Markup,
  type MarkupKind,
  type MarkdownRenderers,
} from './markup';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The text itself, safe for `{@html}`: what shows while the parser loads. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

export class LazyMarkdown {
  readonly #load: () => Promise<MarkdownRenderers>;
  readonly #known = new SvelteMap<string, string>();
  #renderers = $state.raw<MarkdownRenderers | null>(null);
  #loading: Promise<void> | null = null;

  constructor(load: () => Promise<MarkdownRenderers>) {
    this.#load = load;
  }

  /** Keeps HTML rendered ahead of time (a shipped pack's). */
  remember(markup: Markup): void {
    for (const [key, html] of Object.entries(markup)) this.#known.set(key, html);
  }

  /** HTML for a block of Markdown (a level's instructions). */
  block(source: string): string {
    return this.#html('block', source);
  }

  /** HTML for one line of Markdown, without its paragraph (a hint). */
  inline(source: string): string {
    return this.#html('inline', source);
  }

  #html(kind: MarkupKind, source: string): string {
    // Nothing to render (the level is still loading): no reason to fetch the parser.
    if (source.trim() === '') return '';
    // Read first, so a screen showing a text not rendered yet follows the parser's arrival.
    const renderers = this.#renderers;
    const known = this.#known.get(markupKey(kind, source));
    if (known !== undefined) return known;
    if (renderers) return renderMarkup(renderers, kind, source);
    if (!this.#loading) this.#startLoading();
    const text = escapeHtml(source);
    return kind === 'block' ? `<p>${text}</p>` : text;
  }

  #startLoading(): void {
    this.#loading = this.#load().then(
      (loaded) => {
        this.#renderers = loaded;
      },
      (error: unknown) => {
        // Offline before the parser was cached: the next text shown tries again.
        this.#loading = null;
        console.error('Markdown renderer not loaded', error);
      },
    );
  }
}
