// Turns lesson text (inline Markdown) into what a voice should say: the words, without the
// markers a reader sees as formatting (`**`, `_`, backticks, headings, link targets).

/** The spoken form of a Markdown text. */
export function speechText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/^\s{0,3}(#{1,6}|>|[-+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
