// The shipped curriculum (lessons/) against what issue 3 promises: at least 6 packs and 60
// levels, French and English everywhere, and every concept of the school year covered. The
// proof that every level is solvable within its maxBlocks, and that no starting program already
// solves it, is `npm run test:lessons` (the CLI's check over lessons/), part of the test command.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restorePackText } from '../../src/core/lesson/restore';
import type { Level, Pack } from '../../src/core/lesson/types';
import { startingWorkspace } from '../../src/core/solver/check';
import { solves } from '../../src/core/solver/solve';
import { LESSONS_DIR, packFiles } from '../../scripts/lessons';

const packs: Pack[] = packFiles(LESSONS_DIR).map((file) => {
  const restored = restorePackText(readFileSync(file, 'utf8'));
  if (!restored.ok) throw new Error(`${file}: ${JSON.stringify(restored.errors)}`);
  return restored.pack;
});
const levels: Level[] = packs.flatMap((pack) => pack.levels);
const withTag = (tag: string): Level[] => levels.filter((level) => level.tags.includes(tag));
const usingBlock = (type: string): Level[] =>
  levels.filter((level) => level.toolbox.some((entry) => entry.type === type));

describe('the shipped curriculum', () => {
  it('has at least 6 packs and 60 levels, with unique ids', () => {
    expect(packs.length).toBeGreaterThanOrEqual(6);
    expect(levels.length).toBeGreaterThanOrEqual(60);
    expect(new Set(packs.map((pack) => pack.id)).size).toBe(packs.length);
    for (const pack of packs)
      expect(new Set(pack.levels.map((level) => level.id)).size).toBe(pack.levels.length);
  });

  it('is written in French and English, every title, instruction and hint', () => {
    for (const pack of packs) {
      for (const text of [pack.title, pack.description]) expect(text.en?.trim() ?? '').not.toBe('');
      for (const level of pack.levels) {
        for (const text of [level.title, level.instructions, ...level.hints]) {
          expect(text.fr?.trim() ?? '', `${pack.id}/${level.id}`).not.toBe('');
          expect(text.en?.trim() ?? '', `${pack.id}/${level.id}`).not.toBe('');
        }
        // A title may be the same word in both languages ("Zigzag"); sentences may not.
        for (const text of [level.instructions, ...level.hints])
          expect(text.en, `${pack.id}/${level.id} is not translated`).not.toBe(text.fr);
      }
    }
  });

  it('keeps instructions short enough for a 7–12-year-old, and gives hints', () => {
    for (const level of levels) {
      expect(level.instructions.fr.length, level.id).toBeLessThanOrEqual(220);
      expect(level.hints.length, level.id).toBeGreaterThan(0);
    }
  });

  it('starts with pictogram blocks for pre-readers, in cycle 2', () => {
    const first = packs[0]!;
    expect(first.cycle).toBe('cycle2');
    expect(first.levels.every((level) => level.pictograms)).toBe(true);
  });

  it.each([
    ['sequence'],
    ['turns'],
    ['loops'],
    ['conditions'],
    ['sensors'],
    ['wall-following'],
    ['collect'],
    ['procedures'],
    ['debugging'],
    ['robot-mat'],
  ])('teaches %s', (tag) => {
    expect(withTag(tag).length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['repeat_times'],
    ['repeat_until_goal'],
    ['if_path'],
    ['if_else_path'],
    ['while_path'],
    ['repeat_until_condition'],
    ['if_floor'],
    ['collect'],
    ['procedure_define'],
    ['procedure_call'],
  ])('uses the %s block', (type) => {
    expect(usingBlock(type).length).toBeGreaterThan(0);
  });

  it('has debugging levels that start from a broken program the pupil must fix', () => {
    const debugging = withTag('debugging');
    for (const level of debugging) {
      expect(level.startBlocks, level.id).not.toBeNull();
      expect(solves(level, startingWorkspace(level)), level.id).toBe(false);
    }
  });

  it('sizes robot-mat challenges for 15 cm squares and a mat that fits a classroom floor', () => {
    for (const level of withTag('robot-mat')) {
      expect(level.squareCm).toBe(15);
      // At most 8 × 6 squares: 1.20 m × 0.90 m of floor.
      expect(level.grid.width * level.squareCm, level.id).toBeLessThanOrEqual(120);
      expect(level.grid.height * level.squareCm, level.id).toBeLessThanOrEqual(90);
    }
  });

  it('records the optimal block count the solver proved, for stars', () => {
    for (const level of levels) expect(level.optimalBlocks, level.id).not.toBeNull();
  });
});
