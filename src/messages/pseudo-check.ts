// Finds words that bypass the message catalogues. In the 'pseudo' UI locale every catalogue
// message is wrapped in ⟦…⟧ (see format.ts), so any visible letter outside a wrapper is either a
// hard-coded string or content that is allowed to be unwrapped (a lesson title, a pupil's
// name). Pure functions, used by tests/e2e/locale.spec.ts on texts read from the page and by
// the unit tests; no DOM here.

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** A text read from the screen and where it was found (for a readable failure message). */
export interface ScreenText {
  readonly text: string;
  readonly where: string;
}

/** What is allowed to appear unwrapped: exact texts (trimmed), patterns or a predicate. */
export type PseudoAllowance = string | RegExp | ((text: string) => boolean);

/**
 * Removes every ⟦…⟧ segment, innermost first, so nested messages (a message whose value is
 * another message) disappear whole. An unmatched bracket is left in place, so it is reported.
 */
export function stripPseudo(text: string): string {
  let rest = text;
  for (;;) {
    const next = rest.replace(/⟦[^⟦⟧]*⟧/g, '');
    if (next === rest) return rest;
    rest = next;
  }
}

/** True when a text has no letter outside pseudo-locale wrappers (digits and signs may stay). */
export function isPseudoWrapped(text: string): boolean {
  return !/\p{L}/u.test(stripPseudo(text));
}

function isAllowed(text: string, allowed: readonly PseudoAllowance[]): boolean {
  const trimmed = text.trim();
  return allowed.some((allowance) => {
    if (typeof allowance === 'string') return allowance.trim() === trimmed;
    if (allowance instanceof RegExp) return allowance.test(trimmed);
    return allowance(trimmed);
  });
}

/**
 * The texts that show words outside the catalogues: not wrapped, and not allowed. A text
 * mixing a wrapped message and allowed content (e.g. "⟦Level⟧ Maze 1") is checked after the
 * wrapped parts are removed.
 */
export function findUntranslated(
  texts: readonly ScreenText[],
  allowed: readonly PseudoAllowance[] = [],
): ScreenText[] {
  return texts.filter((sample) => {
    if (isPseudoWrapped(sample.text)) return false;
    if (isAllowed(sample.text, allowed)) return false;
    const rest = stripPseudo(sample.text);
    return !isAllowed(rest, allowed);
  });
}
