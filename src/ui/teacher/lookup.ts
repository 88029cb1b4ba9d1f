// Read-only lookups the teacher and picker states build from lists (plain module: state
// classes replace these maps wholesale, they never mutate them).
import { localized, type Locale, type Pack } from '../../core/lesson/types';
import type { PupilRecord, SessionGroup } from '../../storage/records';

export const EMPTY_MAP: ReadonlyMap<string, never> = new Map<string, never>();

/** Pack id → pack title in a locale. */
export function packTitles(packs: readonly Pack[], locale: Locale): ReadonlyMap<string, string> {
  return new Map(packs.map((pack) => [pack.id, localized(pack.title, locale)]));
}

/** Id → name. */
export function namesById(
  records: readonly { id: string; name: string }[],
): ReadonlyMap<string, string> {
  return new Map(records.map((record) => [record.id, record.name]));
}

/** Pupils who are in none of the groups. */
export function pupilsOutsideGroups(
  pupils: readonly PupilRecord[],
  groups: readonly SessionGroup[],
): PupilRecord[] {
  const inGroup = new Set(groups.flatMap((group) => group.pupilIds));
  return pupils.filter((pupil) => !inGroup.has(pupil.id));
}
