// Words for lesson-file issues: turns a RestoreIssue (a code, a JSON pointer, values) from
// src/core/lesson into a sentence in the user's language, through the message catalogue.
// Used by the UI (the lesson editor, with `i18n.t`) and the lessons CLI (with `translator`
// of format.ts); the caller's translator decides the language.
import type { RestoreIssue } from '../core/lesson/issues';
import { segmentsOf } from '../core/lesson/issues';
import type { Translate } from './store';
import type { MessageKey } from './index';

/** Where an issue is, in words: "Niveau 3 › grid › width", "Champ title › en", "Fichier". */
export function describeIssuePath(path: string, t: Translate): string {
  const segments = segmentsOf(path);
  if (segments.length === 0) return t('lessons.where.file');
  if (segments[0] === 'levels' && segments.length >= 2 && /^\d+$/.test(segments[1]!)) {
    const rest = segments.slice(2);
    return t('lessons.where.level', {
      n: Number(segments[1]) + 1,
      rest: rest.length > 0 ? ` › ${rest.join(' › ')}` : '',
    });
  }
  return t('lessons.where.field', { field: segments.join(' › ') });
}

/** What is wrong, in words, without the location. */
export function describeIssueMessage(issue: RestoreIssue, t: Translate): string {
  const key = `lessons.issue.${issue.code}` as MessageKey;
  try {
    const text = t(key, { ...issue.data });
    // A code the catalogue misses reads as its key: say the code instead.
    return text === key ? issue.code : text;
  } catch {
    // A value the message needs is absent (an issue built by hand): say the code rather than fail.
    return issue.code;
  }
}

/** Where and what, in one line: "Niveau 3 › grid › width : Ce nombre doit valoir au plus 20." */
export function describeIssue(issue: RestoreIssue, t: Translate): string {
  return t('lessons.issue.line', {
    where: describeIssuePath(issue.path, t),
    message: describeIssueMessage(issue, t),
  });
}
