// Classes and pupils: creation, renaming, archiving, adding pupils one by one or as a list,
// avatars, and the name checks that protect the picker from empty or duplicate names.
import { describe, expect, it } from 'vitest';
import { testStorage } from './helpers';
import { checkNames, cleanName, NAME_MAX_LENGTH } from '../../../src/storage/names';
import { nextAvatar } from '../../../src/storage/class-repository';
import { AVATARS } from '../../../src/storage/records';

describe('name checks', () => {
  it('trims, folds spaces and drops control characters', () => {
    expect(cleanName('  Léa \t  M.\u0007 ')).toBe('Léa M.');
  });

  it('flags empty, too long, taken and repeated names, ignoring case and accents', () => {
    const checked = checkNames(
      ['  ', 'x'.repeat(NAME_MAX_LENGTH + 1), 'LEA', 'Noé', 'noe', 'Ana'],
      ['Léa'],
    );
    expect(checked.map((c) => c.problem)).toEqual([
      'empty',
      'too-long',
      'duplicate',
      null,
      'duplicate-in-list',
      null,
    ]);
  });
});

describe('ClassRepository', () => {
  it('creates, renames and archives a class; refuses bad and duplicate names', async () => {
    const { classes } = testStorage();
    const created = await classes.createClass('  CM1  ');
    expect(created.ok && created.value.name).toBe('CM1');
    expect(await classes.createClass('cm1')).toEqual({ ok: false, error: 'duplicate' });
    expect(await classes.createClass('')).toEqual({ ok: false, error: 'empty' });
    if (!created.ok) throw new Error('class not created');

    const renamed = await classes.renameClass(created.value.id, 'CM1 B');
    expect(renamed.ok && renamed.value.name).toBe('CM1 B');
    expect(renamed.ok && renamed.value.updatedAt).toBeGreaterThan(created.value.updatedAt);

    await classes.setClassArchived(created.value.id, true);
    // An archived class frees its name for this year's class.
    const again = await classes.createClass('CM1 B');
    expect(again.ok).toBe(true);
    const list = await classes.listClasses();
    expect(list.map((c) => [c.name, c.archived])).toEqual([
      ['CM1 B', false],
      ['CM1 B', true],
    ]);
    expect(await classes.renameClass('missing', 'X')).toEqual({ ok: false, error: 'not-found' });
  });

  it('adds pupils with distinct avatars and sorts them by name', async () => {
    const { classes } = testStorage();
    const cls = await classes.createClass('CE2');
    if (!cls.ok) throw new Error('class not created');
    const added = await classes.addPupils(cls.value.id, [
      { name: 'Zoé' },
      { name: 'Ali', avatar: 'owl' },
      { name: 'Marc' },
    ]);
    expect(added.ok).toBe(true);
    const pupils = await classes.listPupils(cls.value.id);
    expect(pupils.map((p) => p.name)).toEqual(['Ali', 'Marc', 'Zoé']);
    expect(pupils.find((p) => p.name === 'Ali')?.avatar).toBe('owl');
    expect(new Set(pupils.map((p) => p.avatar)).size).toBe(3);
  });

  it('adds nothing when one name of the list is wrong', async () => {
    const { classes } = testStorage();
    const cls = await classes.createClass('CE2');
    if (!cls.ok) throw new Error('class not created');
    await classes.addPupils(cls.value.id, [{ name: 'Ali' }]);
    const result = await classes.addPupils(cls.value.id, [{ name: 'Marc' }, { name: 'ali' }]);
    expect(result).toEqual({ ok: false, error: 'duplicate' });
    expect((await classes.listPupils(cls.value.id)).map((p) => p.name)).toEqual(['Ali']);
    const checked = await classes.checkNewPupils(cls.value.id, ['Marc', 'ali', 'Marc']);
    expect(checked.map((c) => c.problem)).toEqual([null, 'duplicate', 'duplicate-in-list']);
  });

  it('renames, re-avatars and archives a pupil', async () => {
    const { classes } = testStorage();
    const cls = await classes.createClass('CE2');
    if (!cls.ok) throw new Error('class not created');
    const added = await classes.addPupils(cls.value.id, [{ name: 'Ali' }, { name: 'Marc' }]);
    if (!added.ok) throw new Error('pupils not added');
    const [ali, marc] = added.value;
    expect(await classes.renamePupil(ali!.id, 'marc')).toEqual({ ok: false, error: 'duplicate' });
    expect((await classes.renamePupil(ali!.id, 'Alice')).ok).toBe(true);
    expect((await classes.setPupilAvatar(ali!.id, 'whale')).ok).toBe(true);
    await classes.setPupilArchived(marc!.id, true);
    expect((await classes.listPupils(cls.value.id)).map((p) => [p.name, p.avatar])).toEqual([
      ['Alice', 'whale'],
    ]);
    expect(await classes.listPupils(cls.value.id, true)).toHaveLength(2);
  });

  it('hands out every avatar before reusing one', () => {
    const used = new Set(AVATARS.slice(0, 3));
    expect(nextAvatar(used)).toBe(AVATARS[3]);
    expect(AVATARS).toContain(nextAvatar(new Set(AVATARS)));
  });
});
