// Older lesson-file versions: one fixture per schema version (tests/unit/lesson/fixtures), each
// restored through the same `restore`. The v1 fixture and the v2 fixture describe the same pack,
// so migrating v1 must give exactly what reading v2 gives, plus a `migrated` note.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/core/lesson/migrate';
import { restorePack, restorePackText } from '../../../src/core/lesson/restore';
import { CURRENT_SCHEMA_VERSION } from '../../../src/core/lesson/schema';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixtureText = (version: number): string =>
  readFileSync(join(FIXTURES, `v${version}-pack.json`), 'utf8');
const fixture = (version: number): Record<string, unknown> =>
  JSON.parse(fixtureText(version)) as Record<string, unknown>;

describe('schema versions', () => {
  it('keeps a fixture for every version up to the current one', () => {
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version += 1) {
      expect(fixture(version).schemaVersion).toBe(version);
      expect(restorePackText(fixtureText(version)).ok).toBe(true);
    }
  });
});

describe('migrating version 1', () => {
  it('gives the same pack as the equivalent current file, and says it migrated', () => {
    const old = restorePackText(fixtureText(1));
    const current = restorePackText(fixtureText(CURRENT_SCHEMA_VERSION));
    if (!old.ok || !current.ok) throw new Error('a fixture does not restore');
    expect(old.pack).toEqual(current.pack);
    expect(old.pack.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(old.warnings).toContainEqual({
      path: '/schemaVersion',
      code: 'migrated',
      data: { from: 1, to: CURRENT_SCHEMA_VERSION },
    });
  });

  it('turns maxBlocks 0 into no limit, French strings into texts per locale, and adds the rule', () => {
    const restored = restorePack(fixture(1));
    if (!restored.ok) throw new Error('v1 fixture does not restore');
    const [first, second] = restored.pack.levels;
    expect(first!.maxBlocks).toBe(5);
    expect(second!.maxBlocks).toBeNull();
    expect(first!.title).toEqual({ fr: 'Tout droit' });
    expect(first!.hints).toEqual([{ fr: 'Compte les cases.' }]);
    expect(first!.rule).toEqual({ kind: 'reach-goal' });
    expect(first!.grid.walls).toEqual([{ x: 1, y: 1 }]);
  });

  it('reports errors against the file as written in version 1, not the migrated one', () => {
    const broken = fixture(1);
    const levels = broken.levels as Record<string, unknown>[];
    levels[0]!.title = { fr: 'Un objet' }; // v1 titles are plain strings
    levels[1]!.toolbox = ['collect']; // collect did not exist in v1
    const restored = restorePack(broken);
    expect(restored.ok).toBe(false);
    if (restored.ok) return;
    const paths = restored.errors.map((issue) => issue.path);
    expect(paths).toContain('/levels/0/title');
    expect(paths).toContain('/levels/1/toolbox/0');
  });

  it('warns about fields version 1 did not have, and drops them', () => {
    const extra = fixture(1);
    extra.author = 'Mme Martin';
    const restored = restorePack(extra);
    if (!restored.ok) throw new Error('v1 fixture with an extra field does not restore');
    expect(restored.warnings).toContainEqual(
      expect.objectContaining({ path: '/author', code: 'unknown-field' }),
    );
    expect(restored.pack).not.toHaveProperty('author');
  });

  it('refuses a version it has no migration from', () => {
    expect(migrate({}, 0, CURRENT_SCHEMA_VERSION)).toEqual({
      ok: false,
      errors: [{ path: '/schemaVersion', code: 'unknown-version', data: { version: 0 } }],
    });
  });
});
