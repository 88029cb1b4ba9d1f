// Names of classes and pupils: cleaned up and checked before anything is stored. Storage
// layer, pure. Problems are codes; the teacher area turns them into words.

export const NAME_MAX_LENGTH = 30;

export type NameProblem = 'empty' | 'too-long' | 'duplicate' | 'duplicate-in-list';

/** Trims, folds runs of spaces and drops control characters. */
export function cleanName(raw: string): string {
  return raw
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The form two names are compared in: case and accents ignored ("Léa" = "lea"). */
export function nameKey(name: string): string {
  return cleanName(name).normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
}

export interface CheckedName {
  readonly raw: string;
  readonly name: string;
  readonly problem: NameProblem | null;
}

/**
 * Checks candidate names against the names already taken and against each other. The first
 * of two equal candidates is accepted and the next ones flagged.
 */
export function checkNames(candidates: readonly string[], taken: readonly string[]): CheckedName[] {
  const takenKeys = new Set(taken.map(nameKey));
  const seen = new Set<string>();
  return candidates.map((raw) => {
    const name = cleanName(raw);
    const key = nameKey(name);
    let problem: NameProblem | null = null;
    if (name.length === 0) problem = 'empty';
    else if ([...name].length > NAME_MAX_LENGTH) problem = 'too-long';
    else if (takenKeys.has(key)) problem = 'duplicate';
    else if (seen.has(key)) problem = 'duplicate-in-list';
    if (!problem) seen.add(key);
    return { raw, name, problem };
  });
}

/** Checks one name (for a rename, pass the other names as `taken`). */
export function checkName(raw: string, taken: readonly string[]): CheckedName {
  return checkNames([raw], taken)[0]!;
}
