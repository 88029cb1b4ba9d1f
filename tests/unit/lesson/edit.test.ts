// The lesson editor's pure operations and the writer of pack files: every shipped pack goes
// back through `restore` unchanged, and each edit gives a pack that `restore` accepts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addLevel,
  duplicateLevel,
  lockStack,
  moveLevel,
  newPack,
  paint,
  removeLevel,
  resizeGrid,
  setToolboxBlock,
  slug,
  stacksOf,
  uniqueId,
} from '../../../src/core/lesson/edit';
import { restorePack, restorePackText } from '../../../src/core/lesson/restore';
import { packToFile, packToText } from '../../../src/core/lesson/serialize';
import type { Pack } from '../../../src/core/lesson/types';
import { solve } from '../../../src/core/solver/solve';

const dir = join(import.meta.dirname, '../../../lessons');
const shipped = readdirSync(dir)
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => {
    const result = restorePackText(readFileSync(join(dir, name), 'utf8'));
    if (!result.ok) throw new Error(`${name} does not restore`);
    return result.pack;
  });

function roundTrip(pack: Pack): Pack {
  const result = restorePack(JSON.parse(packToText(pack)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

describe('packToFile', () => {
  it.each(shipped.map((pack) => [pack.id, pack] as const))(
    'writes %s so that restore gives the same pack back',
    (_id, pack) => {
      expect(roundTrip(pack)).toEqual(pack);
    },
  );

  it('draws maps as rows when nothing is lost, as an object otherwise', () => {
    const pack = newPack('p', { fr: 'P' }, { fr: 'N' });
    expect(packToFile(pack).levels).toMatchObject([
      { grid: ['......', '>....G', '......', '......'] },
    ]);
    const level = paint(
      paint(pack.levels[0]!, { x: 2, y: 1 }, 'floor-red'),
      { x: 2, y: 1 },
      'item',
    );
    const file = packToFile({ ...pack, levels: [level] }) as { levels: { grid: unknown }[] };
    expect(file.levels[0]!.grid).toMatchObject({ width: 6, height: 4 });
    expect(roundTrip({ ...pack, levels: [level] }).levels[0]).toEqual(level);
  });

  it('points an empty title at its field', () => {
    const pack = newPack('p', { fr: 'P' }, { fr: 'N' });
    const broken = { ...pack, levels: [{ ...pack.levels[0]!, title: { fr: '' } }] };
    const result = restorePack(packToFile(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('/levels/0/title/fr');
  });
});

describe('pack and level operations', () => {
  const pack = newPack('mon-atelier', { fr: 'Mon atelier' }, { fr: 'Premier' });

  it('makes a new pack that restores and is solvable', () => {
    const level = roundTrip(pack).levels[0]!;
    const result = solve(level);
    expect(result.status).toBe('solved');
    if (result.status === 'solved') expect(result.blocks).toBe(5);
  });

  it('adds, duplicates, moves and removes levels with unique ids', () => {
    const two = addLevel(pack, { fr: 'Deux' });
    const three = duplicateLevel(two, 0);
    expect(three.levels.map((l) => l.id)).toEqual(['niveau-1', 'niveau-1-copie', 'niveau-2']);
    const moved = moveLevel(three, 2, 0);
    expect(moved.levels.map((l) => l.id)).toEqual(['niveau-2', 'niveau-1', 'niveau-1-copie']);
    expect(removeLevel(moved, 1).levels.map((l) => l.id)).toEqual(['niveau-2', 'niveau-1-copie']);
    expect(removeLevel(pack, 0)).toBe(pack);
    expect(roundTrip(moved).levels).toHaveLength(3);
    expect(pack.levels).toHaveLength(1);
  });

  it('makes ids from titles, unique among the taken ones', () => {
    expect(slug('Mon Atelier à Noël !', 'x')).toBe('mon-atelier-a-noel');
    expect(slug('!!!', 'atelier')).toBe('atelier');
    expect(uniqueId('a', ['a', 'a-2'])).toBe('a-3');
  });
});

describe('the map', () => {
  const level = newPack('p', { fr: 'P' }, { fr: 'N' }).levels[0]!;

  it('paints walls, colours and items, and erases them', () => {
    let l = paint(level, { x: 2, y: 1 }, 'wall');
    expect(l.grid.walls).toEqual([{ x: 2, y: 1 }]);
    l = paint(l, { x: 2, y: 1 }, 'floor-blue');
    expect(l.grid.walls).toEqual([]);
    expect(l.grid.floor).toEqual([{ x: 2, y: 1, color: 'blue' }]);
    l = paint(l, { x: 3, y: 2 }, 'item');
    expect(l.rule).toEqual({ kind: 'collect-all-then-goal' });
    l = paint(paint(l, { x: 3, y: 2 }, 'erase'), { x: 2, y: 1 }, 'erase');
    expect(l.grid).toEqual(level.grid);
    expect(l.rule).toEqual({ kind: 'reach-goal' });
  });

  it('never paints a wall over the start or the flag; turns the start when tapped', () => {
    expect(paint(level, { x: 0, y: 1 }, 'wall')).toBe(level);
    expect(paint(level, { x: 5, y: 1 }, 'wall')).toBe(level);
    expect(paint(level, { x: 0, y: 1 }, 'start').start).toEqual({ x: 0, y: 1, heading: 'S' });
    const moved = paint(level, { x: 3, y: 3 }, 'start');
    expect(moved.start).toEqual({ x: 3, y: 3, heading: 'E' });
    expect(paint(level, { x: 5, y: 1 }, 'goal').goal).toBeNull();
  });

  it('resizes: what falls outside goes, the start and the flag come inside', () => {
    const walled = paint(level, { x: 4, y: 3 }, 'wall');
    const small = resizeGrid(walled, 3, 2);
    expect(small.grid).toMatchObject({ width: 3, height: 2, walls: [] });
    expect(small.goal).toEqual({ x: 2, y: 1 });
    expect(resizeGrid(level, 99, 0).grid).toMatchObject({ width: 20, height: 1 });
  });
});

describe('blocks', () => {
  const level = newPack('p', { fr: 'P' }, { fr: 'N' }).levels[0]!;

  it('picks blocks with optional limits', () => {
    let l = setToolboxBlock(level, 'repeat_times', true, 2);
    expect(l.toolbox.at(-1)).toEqual({ type: 'repeat_times', limit: 2 });
    l = setToolboxBlock(l, 'repeat_times', true, null);
    expect(l.toolbox.at(-1)).toEqual({ type: 'repeat_times' });
    l = setToolboxBlock(l, 'turn_left', false);
    expect(l.toolbox.map((e) => e.type)).toEqual(['move_forward', 'turn_right', 'repeat_times']);
  });

  it('locks and unlocks a stack of starting blocks, every block of it', () => {
    const state = {
      blocks: {
        languageVersion: 0,
        blocks: [
          {
            type: 'program_start',
            id: 'start',
            next: {
              block: {
                type: 'move_forward',
                id: 'm1',
                next: { block: { type: 'turn_left', id: 't' } },
              },
            },
          },
        ],
      },
    };
    expect(stacksOf(state).map((b) => b.id)).toEqual(['start']);
    const locked = lockStack(state, 'start', true);
    const first = locked.blocks!.blocks![0]!;
    expect(first).toMatchObject({ movable: false, deletable: false });
    expect(first.next!.block!.next!.block).toMatchObject({ movable: false, deletable: false });
    const unlocked = lockStack(locked, 'start', false);
    expect(unlocked).toEqual(state);
  });
});
