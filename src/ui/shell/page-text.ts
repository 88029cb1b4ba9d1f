// Finds what the shell's read-aloud button reads on the current screen: every element marked
// `data-read-aloud` (instructions, run results), in document order, or else the screen's main
// heading. Screens opt in by adding the attribute; nothing else is needed.

/** The text to read aloud on a screen, or '' when there is nothing to read. */
export function readableText(scope: ParentNode): string {
  const marked = [...scope.querySelectorAll<HTMLElement>('[data-read-aloud]')].filter(
    (element) => !element.closest('[hidden], [aria-hidden="true"]'),
  );
  const parts = marked.length > 0 ? marked : [...scope.querySelectorAll<HTMLElement>('main h1')];
  return parts
    .map((element) => (element.innerText || element.textContent || '').trim())
    .filter((text) => text !== '')
    .join('. ')
    .replace(/\.\s*\./g, '.');
}
