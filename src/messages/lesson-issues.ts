// Words for lesson-file issues: turns a RestoreIssue (a code, a JSON pointer, values) from
// src/core/lesson into a sentence in the user's language, through the message catalogue.
// Used by the UI (import dialogs, the lesson editor) and the lessons CLI.
import type { RestoreIssue } from '../core/lesson/issues';
import { segmentsOf } from '../core/lesson/issues';
import { formatMessage, type UiLocale } from './format';
import type { MessageKey } from './index';

/** Where an issue is, in words: "Niveau 3 › grid › width", "Champ title › en", "Fichier". */
export function describeIssuePath(path: string, locale: UiLocale): string {
  const segments = segmentsOf(path);
  if (segments.length === 0) return formatMessage(locale, 'lessons.where.file');
  if (segments[0] === 'levels' && segments.length >= 2 && /^\d+$/.test(segments[1]!)) {
    const rest = segments.slice(2);
    return formatMessage(locale, 'lessons.where.level', {
      n: Number(segments[1]) + 1,
      rest: rest.length > 0 ? ` › ${rest.join(' › ')}` : '',
    });
  }
  return formatMessage(locale, 'lessons.where.field', { field: segments.join(' › ') });
}

/** What is wrong, in words, without the location. */
export function describeIssueMessage(issue: RestoreIssue, locale: UiLocale): string {
  const key = `lessons.issue.${issue.code}` as MessageKey;
  try {
    return formatMessage(locale, key, { ...issue.data });
  } catch {
    // A value the message needs is absent (an issue built by hand): say the code rather than fail.
    return issue.code;
  }
}

/** Where and what, in one line: "Niveau 3 › grid › width : Ce nombre doit valoir au plus 20." */
export function describeIssue(issue: RestoreIssue, locale: UiLocale): string {
  return formatMessage(locale, 'lessons.issue.line', {
    where: describeIssuePath(issue.path, locale),
    message: describeIssueMessage(issue, locale),
  });
}
