// Renders a level's Markdown instructions and hints to HTML, safely: micromark (CommonMark)
// escapes raw HTML in the source and drops links and images with unsafe schemes by default.
import { micromark } from 'micromark';

/** HTML for a Markdown text; safe to put in the page with `{@html}`. */
export function renderMarkdown(source: string): string {
  return micromark(source);
}

/** HTML for a one-paragraph Markdown text, without the surrounding paragraph. */
export function renderInlineMarkdown(source: string): string {
  const html = micromark(source).trim();
  const inner = html.slice(3, -4);
  return html.startsWith('<p>') && html.endsWith('</p>') && !inner.includes('<p>') ? inner : html;
}
