// A level's toolbox and limits in Blockly's terms: the flyout lists the level's blocks in
// order, per-block limits become maxInstances, the start block is never counted against the
// pupil, and a level opens with the start block.
import { describe, expect, it } from 'vitest';
import {
  blocklyMaxBlocks,
  countBlocks,
  emptyProgram,
  maxInstancesFor,
  startProgram,
  toolboxFor,
} from '../../../src/blocks/toolbox';
import { START_BLOCK } from '../../../src/core/program/block-types';

describe('toolboxFor', () => {
  it('lists the level’s blocks in the author’s order, each once, as an open flyout', () => {
    const toolbox = toolboxFor([
      { type: 'turn_left' },
      { type: 'move_forward', limit: 3 },
      { type: 'turn_left', limit: 1 },
      { type: 'repeat_times' },
    ]);
    expect(toolbox).toEqual({
      kind: 'flyoutToolbox',
      contents: [
        { kind: 'block', type: 'turn_left' },
        { kind: 'block', type: 'move_forward' },
        { kind: 'block', type: 'repeat_times' },
      ],
    });
  });

  it('never offers the start block', () => {
    expect(toolboxFor([{ type: 'move_forward' }]).contents).not.toContainEqual({
      kind: 'block',
      type: START_BLOCK,
    });
  });
});

describe('limits', () => {
  it('turn per-block limits into maxInstances and allow a single start block', () => {
    expect(maxInstancesFor([{ type: 'move_forward', limit: 2 }, { type: 'turn_left' }])).toEqual({
      [START_BLOCK]: 1,
      move_forward: 2,
    });
  });

  it('count the start block in Blockly’s maxBlocks but not in the level’s', () => {
    expect(blocklyMaxBlocks({ maxBlocks: 5 })).toBe(6);
    expect(blocklyMaxBlocks({ maxBlocks: 0 })).toBe(1);
    expect(blocklyMaxBlocks({ maxBlocks: null })).toBe(Infinity);
  });
});

describe('startProgram', () => {
  it('opens a level without starting blocks on an undeletable start block', () => {
    const program = startProgram({ startBlocks: null });
    expect(program).toEqual(emptyProgram());
    expect(program.blocks?.blocks).toEqual([
      expect.objectContaining({ type: START_BLOCK, deletable: false }),
    ]);
  });

  it('keeps the author’s starting blocks, adding the start block when they lack it', () => {
    const withStart = {
      blocks: { languageVersion: 0, blocks: [{ type: START_BLOCK, id: 's', x: 0, y: 0 }] },
    };
    expect(startProgram({ startBlocks: withStart })).toBe(withStart);
    const loose = { blocks: { languageVersion: 0, blocks: [{ type: 'move_forward', id: 'm' }] } };
    const opened = startProgram({ startBlocks: loose });
    expect(opened.blocks?.blocks?.map((block) => block.type)).toEqual([
      START_BLOCK,
      'move_forward',
    ]);
  });

  it('counts nested and chained blocks', () => {
    const counts = countBlocks({
      blocks: {
        blocks: [
          {
            type: START_BLOCK,
            next: {
              block: {
                type: 'repeat_times',
                inputs: {
                  DO: {
                    block: { type: 'move_forward', next: { block: { type: 'move_forward' } } },
                  },
                },
              },
            },
          },
          { type: 'turn_left' },
        ],
      },
    });
    expect(Object.fromEntries(counts)).toEqual({
      [START_BLOCK]: 1,
      repeat_times: 1,
      move_forward: 2,
      turn_left: 1,
    });
  });
});
