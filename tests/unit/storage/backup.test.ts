// Backups between tablets: export and parse round-trip, the preview changes nothing, merges
// are idempotent and commutative, the newest copy of a record wins, best results are
// recomputed, and damaged, cut-off, foreign or newer files are refused with the database
// left exactly as it was; a failure in the middle of a merge rolls everything back.
import { describe, expect, it, vi } from 'vitest';
import { attemptInput, CRASH, dump, testStorage } from './helpers';
import {
  backupChecksum,
  parseBackup,
  serializeBackup,
  type BackupFile,
} from '../../../src/storage/backup-format';
import { isEmptyMerge } from '../../../src/storage/backup';
import { resultFromAttempts } from '../../../src/storage/best-results';
import type { AppStorage } from '../../../src/storage/index';

/** The teacher's tablet: a class with two pupils and a running session, exported. */
async function teacherTablet() {
  const teacher = testStorage({ start: Date.UTC(2025, 8, 1, 8) });
  const cls = await teacher.classes.createClass('CM1');
  if (!cls.ok) throw new Error('class');
  const pupils = await teacher.classes.addPupils(cls.value.id, [{ name: 'Ali' }, { name: 'Bea' }]);
  if (!pupils.ok) throw new Error('pupils');
  const session = await teacher.sessions.start({
    classId: cls.value.id,
    packId: 'pack-a',
    levelIds: ['level-1', 'level-2'],
    groups: [],
    rotation: 'level',
  });
  if (!session.ok) throw new Error('session');
  const classFile = serializeBackup(
    await teacher.backups.export({ kind: 'class', classId: cls.value.id }),
  );
  const [ali, bea] = pupils.value;
  return {
    teacher,
    classFile,
    classId: cls.value.id,
    ali: ali!,
    bea: bea!,
    sessionId: session.value.id,
  };
}

async function importOrThrow(storage: AppStorage, text: string) {
  const result = await storage.backups.importText(text);
  if (!result.ok) throw new Error(result.problem);
  return result.report;
}

/** Two pupil tablets that received the class, played, and exported everything. */
async function twoTablets() {
  const base = await teacherTablet();
  const tabletA = testStorage({ start: Date.UTC(2025, 8, 1, 9) });
  const tabletB = testStorage({ start: Date.UTC(2025, 8, 1, 9, 30) });
  await importOrThrow(tabletA, base.classFile);
  await importOrThrow(tabletB, base.classFile);

  const ali = { pupilId: base.ali.id, sessionId: base.sessionId };
  const bea = { pupilId: base.bea.id, sessionId: base.sessionId };
  await tabletA.attempts.record(attemptInput(ali, { outcome: CRASH, stars: 0 }));
  await tabletA.attempts.record(attemptInput(ali, { stars: 2, blockCount: 6 }));
  await tabletA.workspaces.save(
    ali,
    { packId: 'pack-a', levelId: 'level-2' },
    { blocks: { blocks: [] } },
  );
  await tabletB.attempts.record(attemptInput(bea, { stars: 3 }));
  await tabletB.attempts.record(
    attemptInput(bea, {
      level: { packId: 'pack-a', levelId: 'level-2' },
      outcome: CRASH,
      stars: 0,
    }),
  );
  // Tablet B renames the class later than anyone else touched it.
  await tabletB.classes.renameClass(base.classId, 'CM1 Lune');

  const fileA = serializeBackup(await tabletA.backups.export({ kind: 'all' }));
  const fileB = serializeBackup(await tabletB.backups.export({ kind: 'all' }));
  return { ...base, fileA, fileB };
}

async function withBase(classFile: string): Promise<AppStorage> {
  const storage = testStorage({ start: Date.UTC(2025, 8, 1, 7) });
  await importOrThrow(storage, classFile);
  return storage;
}

describe('backup files', () => {
  it('round-trip: an export parses back to the same file, with format, version, device and checksum', async () => {
    const { teacher, classFile } = await teacherTablet();
    const parsed = await parseBackup(classFile);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.backup).toMatchObject({
      format: 'parcours-backup',
      version: 1,
      scope: { kind: 'class' },
    });
    expect(parsed.backup.deviceId).toBe(await teacher.settings.deviceId());
    expect(parsed.backup.checksum).toBe(await backupChecksum(parsed.backup));
    expect(parsed.backup).toEqual(JSON.parse(classFile));
    expect(parsed.backup.content.pupils.map((p) => p.name).sort()).toEqual(['Ali', 'Bea']);
  });

  it('a class export leaves out other classes, robots, packs and settings', async () => {
    const { teacher, classFile } = await teacherTablet();
    const other = await teacher.classes.createClass('CE1');
    if (!other.ok) throw new Error('class');
    await teacher.classes.addPupils(other.value.id, [{ name: 'Zed' }]);
    await teacher.robots.save({ kind: 'thymio', name: 'R1' });
    const parsed = await parseBackup(
      serializeBackup(await teacher.backups.export({ kind: 'class', classId: other.value.id })),
    );
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.backup.content.classes.map((c) => c.name)).toEqual(['CE1']);
    expect(parsed.backup.content.pupils.map((p) => p.name)).toEqual(['Zed']);
    expect(parsed.backup.content.robots).toEqual([]);
    expect(classFile).not.toContain('teacher.pin');
  });
});

describe('merging backups', () => {
  it('previews what will be added without changing anything', async () => {
    const { fileA, fileB, classFile } = await twoTablets();
    const fresh = testStorage();
    const before = await dump(fresh.db, true);
    const files: BackupFile[] = [];
    for (const text of [fileA, fileB]) {
      const parsed = await parseBackup(text);
      if (!parsed.ok) throw new Error(parsed.problem);
      files.push(parsed.backup);
    }
    const preview = await fresh.backups.preview(files);
    expect(preview.classes.added).toBe(1);
    expect(preview.newClassNames).toEqual(['CM1 Lune']);
    expect([...preview.newPupilNames].sort()).toEqual(['Ali', 'Bea']);
    expect(preview.attempts.added).toBe(4);
    expect(preview.workspaces.added).toBe(1);
    expect(await dump(fresh.db, true)).toEqual(before);

    const base = await withBase(classFile);
    const onBase = await base.backups.preview(files.slice(0, 1));
    expect(onBase).toMatchObject({
      classes: { added: 0, updated: 0 },
      pupils: { added: 0 },
      attempts: { added: 2 },
    });
  });

  it('is idempotent: the same file twice changes nothing the second time', async () => {
    const { teacher, fileA } = await twoTablets();
    const first = await importOrThrow(teacher, fileA);
    expect(first.attempts.added).toBe(2);
    const afterFirst = await dump(teacher.db, true);
    const second = await importOrThrow(teacher, fileA);
    expect(isEmptyMerge(second)).toBe(true);
    expect(await dump(teacher.db, true)).toEqual(afterFirst);
  });

  it('is commutative: A then B gives the same database as B then A, or both at once', async () => {
    const { classFile, fileA, fileB } = await twoTablets();
    const ab = await withBase(classFile);
    await importOrThrow(ab, fileA);
    await importOrThrow(ab, fileB);
    const ba = await withBase(classFile);
    await importOrThrow(ba, fileB);
    await importOrThrow(ba, fileA);
    const both = await withBase(classFile);
    const parsed = await Promise.all([fileB, fileA].map(parseBackup));
    await both.backups.merge(
      parsed.map((p) => (p.ok ? p.backup : null)).filter((b): b is BackupFile => b !== null),
    );

    const dumpAb = await dump(ab.db);
    expect(await dump(ba.db)).toEqual(dumpAb);
    expect(await dump(both.db)).toEqual(dumpAb);
    expect(dumpAb.attempts).toHaveLength(4);
    // The newest copy of the class won, whatever the order.
    expect(dumpAb.classes).toMatchObject([{ name: 'CM1 Lune' }]);
  });

  it('recomputes best results from every attempt of the merged learners', async () => {
    const { teacher, fileA, fileB, ali } = await twoTablets();
    await teacher.attempts.record(
      attemptInput({ pupilId: ali.id, sessionId: null }, { stars: 1, blockCount: 9 }),
    );
    await importOrThrow(teacher, fileA);
    await importOrThrow(teacher, fileB);
    const level = { packId: 'pack-a', levelId: 'level-1' };
    const attempts = await teacher.attempts.listForLevel(`pupil:${ali.id}`, level);
    expect(attempts).toHaveLength(3);
    const best = await teacher.attempts.bestResult(`pupil:${ali.id}`, level);
    expect(best).toEqual(resultFromAttempts(attempts));
    expect(best).toMatchObject({ attempts: 3, successes: 2, stars: 2 });
  });

  it('keeps a newer local change when an older copy arrives', async () => {
    const { classId, fileB } = await twoTablets();
    const later = testStorage({ start: Date.UTC(2025, 8, 1, 12) });
    await importOrThrow(later, fileB);
    expect((await later.classes.getClass(classId))?.name).toBe('CM1 Lune');
    await later.classes.renameClass(classId, 'CM1 Soleil');
    const again = await importOrThrow(later, fileB);
    expect(again.classes).toEqual({ added: 0, updated: 0 });
    expect((await later.classes.getClass(classId))?.name).toBe('CM1 Soleil');
  });

  it('rolls the whole merge back when a write fails half-way', async () => {
    const { teacher, fileA, fileB } = await twoTablets();
    const before = await dump(teacher.db, true);
    vi.spyOn(teacher.db.attempts, 'bulkAdd').mockRejectedValue(
      new DOMException('full', 'QuotaExceededError'),
    );
    const parsed = await Promise.all([fileA, fileB].map(parseBackup));
    const files = parsed
      .map((p) => (p.ok ? p.backup : null))
      .filter((b): b is BackupFile => b !== null);
    await expect(teacher.backups.merge(files)).rejects.toThrow();
    expect(await dump(teacher.db, true)).toEqual(before);
  });
});

describe('refused files', () => {
  async function resign(file: Record<string, unknown>): Promise<string> {
    return JSON.stringify({ ...file, checksum: await backupChecksum(file) });
  }

  it('refuse damaged, cut-off, foreign and newer files and leave the database unchanged', async () => {
    const { teacher, fileA } = await twoTablets();
    const good = JSON.parse(fileA) as Record<string, unknown> & {
      content: { attempts: { stars: number }[] };
    };
    const tampered = JSON.parse(fileA) as typeof good;
    tampered.content.attempts[0]!.stars = 3;
    const badContent = JSON.parse(fileA) as typeof good;
    badContent.content.attempts[0]!.stars = -1;

    const cases: [string, string][] = [
      [fileA.slice(0, Math.floor(fileA.length / 2)), 'truncated'],
      [fileA.slice(0, 40), 'truncated'],
      [JSON.stringify(tampered), 'corrupted'],
      [fileA.replace('"name":"Ali"', '"name":"Alo"'), 'corrupted'],
      ['\u0089PNG\r\n\u001a\n\u0000\u0000', 'foreign'],
      ['', 'foreign'],
      ['[1,2,3]', 'foreign'],
      [JSON.stringify({ format: 'scratch-project', version: 1 }), 'foreign'],
      [await resign({ ...good, version: 2 }), 'newer-version'],
      [await resign(badContent), 'invalid'],
      [await resign({ ...good, version: 0 }), 'invalid'],
      [await resign({ ...good, content: { ...good.content, pupils: 'nobody' } }), 'invalid'],
    ];
    const before = await dump(teacher.db, true);
    for (const [text, problem] of cases) {
      expect(await teacher.backups.importText(text), problem).toEqual({ ok: false, problem });
    }
    expect(await dump(teacher.db, true)).toEqual(before);
    // The untouched file still imports.
    expect((await teacher.backups.importText(fileA)).ok).toBe(true);
  });
});
