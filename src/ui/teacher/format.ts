// Small formatting helpers of the teacher area: sizes in the UI locale, backup file names.
import type { Locale } from '../../core/lesson/types';

/** "12,5 Mo" / "12.5 MB": the largest unit that keeps the number above 1. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** A file-name-safe form of a class name ("CM1 Lune" → "cm1-lune"). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** parcours-cm1-lune-2025-09-01-0930.json, in local time; `createdAt` is ISO 8601. */
export function backupFileName(label: string, createdAt: string): string {
  const at = new Date(createdAt);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `parcours-${slug(label) || 'backup'}-${stamp}.json`;
}
