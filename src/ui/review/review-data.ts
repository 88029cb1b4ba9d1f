// Lookups the review screens share: which packs a class has worked on, the levels of a pack in
// column order (packs no longer on this tablet keep their stored level ids), titles, dates and
// durations in words. UI layer, plain functions (no state).
import { localized, type Locale, type Pack } from '../../core/lesson/types';
import type { OutcomeKind } from '../../core/progress/types';
import type { I18n } from '../i18n.svelte';
import type { AttemptRecord, SessionRecord } from '../../storage/records';
import { selectKey } from '../teacher/codes';

export interface PackColumns {
  readonly id: string;
  readonly title: string;
  readonly levelIds: readonly string[];
  /** Level id → title (the id itself for a level no longer shipped). */
  readonly levelTitles: ReadonlyMap<string, string>;
}

/**
 * The packs to offer, in library order then unknown ones by id: those with results or
 * sessions. Levels of a known pack in pack order; of an unknown pack, the ids seen, sorted.
 */
export function packColumns(
  library: readonly Pack[],
  used: Iterable<{ packId: string; levelId?: string }>,
  locale: Locale,
): PackColumns[] {
  const seen = new Map<string, Set<string>>();
  for (const { packId, levelId } of used) {
    const levels = seen.get(packId) ?? new Set<string>();
    if (levelId) levels.add(levelId);
    seen.set(packId, levels);
  }
  const known = library
    .filter((pack) => seen.has(pack.id))
    .map((pack) => ({
      id: pack.id,
      title: localized(pack.title, locale),
      levelIds: pack.levels.map((l) => l.id),
      levelTitles: new Map(pack.levels.map((l) => [l.id, localized(l.title, locale)])),
    }));
  const libraryIds = new Set(library.map((p) => p.id));
  const unknown = [...seen.entries()]
    .filter(([id]) => !libraryIds.has(id))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, levels]) => {
      const levelIds = [...levels].sort();
      return { id, title: id, levelIds, levelTitles: new Map(levelIds.map((l) => [l, l])) };
    });
  return [...known, ...unknown];
}

/** The catalogue's select key of an outcome kind ('not-reached' → 'notReached'). */
export function outcomeKey(kind: OutcomeKind | null): string {
  return kind ? selectKey(kind) : 'none';
}

/** "1 h 05 min", "12 min", "moins d'une minute". */
export function durationText(i18n: I18n, ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return i18n.t('review.duration', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** A number with at most one decimal, in the UI's locale. */
export function decimal(i18n: I18n, value: number): string {
  return new Intl.NumberFormat(i18n.contentLocale, { maximumFractionDigits: 1 }).format(value);
}

/** The start of a local day (yyyy-mm-dd from a date field), or null when empty or bad. */
export function dayStart(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date.getTime();
}

/** The hash path of a review screen. */
export const reviewHref = {
  school: (): string => '#/teacher/review',
  cls: (classId: string): string => `#/teacher/review/classes/${encodeURIComponent(classId)}`,
  level: (classId: string, packId: string, levelId: string): string =>
    `${reviewHref.cls(classId)}/levels/${encodeURIComponent(packId)}/${encodeURIComponent(levelId)}`,
  pupil: (classId: string, pupilId: string): string =>
    `${reviewHref.cls(classId)}/pupils/${encodeURIComponent(pupilId)}`,
  classReport: (classId: string): string => `${reviewHref.cls(classId)}/report`,
  pupilReport: (classId: string, pupilId: string): string =>
    `${reviewHref.pupil(classId, pupilId)}/report`,
};

export interface SessionHistory {
  /** Null for attempts made outside any session (free play). */
  readonly session: SessionRecord | null;
  /** Newest first. */
  readonly attempts: readonly AttemptRecord[];
  /** Levels solved during the session. */
  readonly solved: number;
}

/** Attempts by session, newest session first (free play is one more "session"). */
export function sessionHistory(
  attempts: readonly AttemptRecord[],
  sessions: readonly SessionRecord[],
): SessionHistory[] {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const bySession = new Map<string | null, AttemptRecord[]>();
  for (const a of attempts) {
    const key = a.sessionId && byId.has(a.sessionId) ? a.sessionId : null;
    const list = bySession.get(key);
    if (list) list.push(a);
    else bySession.set(key, [a]);
  }
  const latest = (h: SessionHistory): number => h.attempts[0]?.endedAt ?? 0;
  return [...bySession.entries()]
    .map(([id, list]) => {
      const sorted = [...list].sort((a, b) => b.endedAt - a.endedAt || (a.id < b.id ? 1 : -1));
      const solved = new Set(
        sorted
          .filter((a) => a.outcome.kind === 'success')
          .map((a) => `${a.packId}\u0000${a.levelId}`),
      );
      return { session: id ? (byId.get(id) ?? null) : null, attempts: sorted, solved: solved.size };
    })
    .sort((a, b) => latest(b) - latest(a));
}
