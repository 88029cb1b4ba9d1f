// Reads lists of pupil names the teacher pastes or imports: one name per line, or a CSV
// table whose first-name column (or first column) is read. Storage layer, pure. Surnames are
// never read: the app only keeps a first name or nickname.
import Papa from 'papaparse';

const HEADER_PRIORITY = [
  'prenom',
  'first name',
  'firstname',
  'given name',
  'pseudo',
  'surnom',
  'nickname',
  'name',
  'nom',
  'eleve',
  'pupil',
];

function headerKey(cell: string): string {
  return cell.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[_-]+/g, ' ').trim();
}

/** Names from pasted text: one per line, blank lines skipped. */
export function namesFromLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim().length > 0);
}

/** Names from a CSV text, or null when it is not a table. */
export function namesFromCsv(text: string): string[] | null {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data.filter(
    (row) => Array.isArray(row) && row.some((cell) => cell.trim().length > 0),
  );
  if (rows.length === 0) return null;
  const header = rows[0]!.map(headerKey);
  let column = -1;
  for (const name of HEADER_PRIORITY) {
    column = header.indexOf(name);
    if (column >= 0) break;
  }
  const body = column >= 0 ? rows.slice(1) : rows;
  return body.map((row) => row[Math.max(column, 0)] ?? '').filter((cell) => cell.trim().length > 0);
}
