// Pupil lists typed or imported by the teacher: pasted lines, and CSV files from a school's
// software (a first-name column, a header or none, a BOM, semicolons, quoted cells).
import { describe, expect, it } from 'vitest';
import { namesFromCsv, namesFromLines } from '../../../src/storage/pupil-lists';

describe('namesFromLines', () => {
  it('reads one name per line and skips blank lines', () => {
    expect(namesFromLines('Léa\r\nNoé\n\n  \nSami ')).toEqual(['Léa', 'Noé', 'Sami ']);
  });
});

describe('namesFromCsv', () => {
  it('reads the first-name column and never the surname', () => {
    const csv = '\uFEFFNom;Prénom;Classe\nMartin;Léa;CM1\nDurand;"Noé";CM1\n';
    expect(namesFromCsv(csv)).toEqual(['Léa', 'Noé']);
  });

  it('reads a nickname column under an English header', () => {
    expect(namesFromCsv('id,nickname\n1,Zaza\n2,Momo\n')).toEqual(['Zaza', 'Momo']);
  });

  it('reads the first column of a table without a known header', () => {
    expect(namesFromCsv('Léa,10\nNoé,11\n,12\n')).toEqual(['Léa', 'Noé']);
  });

  it('returns null when there is nothing to read', () => {
    expect(namesFromCsv('')).toBeNull();
    expect(namesFromCsv('\n  \n')).toBeNull();
  });
});
