// Renders a level's Markdown instructions and hints to HTML, safely: raw HTML in the source is
// shown as text (markdown-it `html: false`) and unsafe link schemes are refused by markdown-it.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

/** HTML for a Markdown text; safe to put in the page with `{@html}`. */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

/** HTML for a one-paragraph Markdown text, without the surrounding paragraph. */
export function renderInlineMarkdown(source: string): string {
  return markdown.renderInline(source);
}
