// Round trip through real Blockly (headless, in Node): programs built with the Parcours block
// definitions, serialized by Blockly itself, compile with the core compiler into the expected
// program; every block type can be built in every locale and mode; the start program loads.
import { describe, expect, it, beforeAll } from 'vitest';
import * as BlocklyModule from 'blockly/core';
import { registerBlocks, setBlockTexts } from '../../../src/blocks/register';
import { blockTexts } from '../../../src/blocks/texts';
import { emptyProgram } from '../../../src/blocks/toolbox';
import { formatMessage } from '../../../src/messages/format';
import { compile } from '../../../src/core/program/compile';
import { BLOCK_TYPES, START_BLOCK, type BlockType } from '../../../src/core/program/block-types';
import type { WorkspaceState } from '../../../src/core/program/blockly-json';

// Blockly's Node entry point is CommonJS: its namespace arrives as the default export.
const Blockly = ((BlocklyModule as unknown as { default?: typeof BlocklyModule }).default ??
  BlocklyModule) as typeof BlocklyModule;

const frenchWords = blockTexts((key) => formatMessage('fr', key), { pictograms: false });
const allowEverything = {
  toolbox: BLOCK_TYPES.map((type) => ({ type })),
  maxBlocks: null,
};

beforeAll(() => {
  registerBlocks(Blockly, frenchWords);
});

function workspace(): BlocklyModule.Workspace {
  return new Blockly.Workspace();
}

/** Builds a chain of blocks under `parent`'s connection. */
function chain(
  ws: BlocklyModule.Workspace,
  connection: BlocklyModule.Connection | null,
  types: readonly BlockType[],
): BlocklyModule.Block[] {
  const blocks: BlocklyModule.Block[] = [];
  let into = connection;
  for (const type of types) {
    const block = ws.newBlock(type);
    if (into && block.previousConnection) into.connect(block.previousConnection);
    blocks.push(block);
    into = block.nextConnection;
  }
  return blocks;
}

function save(ws: BlocklyModule.Workspace): WorkspaceState {
  return Blockly.serialization.workspaces.save(ws) as WorkspaceState;
}

describe('Blockly round trip', () => {
  it('compiles a program built with the definitions and serialized by Blockly', () => {
    const ws = workspace();
    const start = ws.newBlock(START_BLOCK);
    const [forward, loop] = chain(ws, start.nextConnection, ['move_forward', 'repeat_times']);
    loop!.setFieldValue(4, 'TIMES');
    const [turn] = chain(ws, loop!.getInput('DO')!.connection, ['turn_right', 'move_forward']);
    const ifElse = ws.newBlock('if_else_path');
    loop!.nextConnection!.connect(ifElse.previousConnection!);
    ifElse.setFieldValue('left', 'DIRECTION');
    chain(ws, ifElse.getInput('DO')!.connection, ['turn_left']);
    chain(ws, ifElse.getInput('ELSE')!.connection, ['collect']);

    const { program, diagnostics } = compile(save(ws), allowEverything);
    expect(diagnostics).toEqual([]);
    expect(program?.blockCount).toBe(7);
    expect(program?.main).toEqual([
      { kind: 'forward', blockId: forward!.id },
      {
        kind: 'repeat',
        times: 4,
        blockId: loop!.id,
        body: [
          { kind: 'turn', direction: 'right', blockId: turn!.id },
          { kind: 'forward', blockId: expect.any(String) },
        ],
      },
      {
        kind: 'if',
        condition: { kind: 'path', direction: 'left' },
        then: [{ kind: 'turn', direction: 'left', blockId: expect.any(String) }],
        otherwise: [{ kind: 'collect', blockId: expect.any(String) }],
        blockId: ifElse.id,
      },
    ]);
  });

  it('compiles conditions, floors and procedures with their default and chosen fields', () => {
    const ws = workspace();
    const start = ws.newBlock(START_BLOCK);
    const [until, floor, call] = chain(ws, start.nextConnection, [
      'repeat_until_condition',
      'if_floor',
      'procedure_call',
    ]);
    until!.setFieldValue('all_collected', 'CONDITION');
    chain(ws, until!.getInput('DO')!.connection, ['move_forward']);
    floor!.setFieldValue('yellow', 'COLOR');
    chain(ws, floor!.getInput('DO')!.connection, ['collect']);
    call!.setFieldValue('B', 'NAME');
    const define = ws.newBlock('procedure_define');
    define.setFieldValue('B', 'NAME');
    chain(ws, define.getInput('DO')!.connection, ['turn_left']);

    const { program, diagnostics } = compile(save(ws), allowEverything);
    expect(diagnostics).toEqual([]);
    expect(program?.main.map((statement) => statement.kind)).toEqual([
      'repeat-until',
      'if',
      'call',
    ]);
    expect(program?.main[0]).toMatchObject({ condition: { kind: 'all-collected' } });
    expect(program?.main[1]).toMatchObject({ condition: { kind: 'floor', color: 'yellow' } });
    expect(program?.main[2]).toMatchObject({ kind: 'call', name: 'B' });
    expect(program?.procedures.B).toEqual([
      { kind: 'turn', direction: 'left', blockId: expect.any(String) },
    ]);
  });

  it('reports unattached blocks and empty inputs by the ids Blockly gave them', () => {
    const ws = workspace();
    const start = ws.newBlock(START_BLOCK);
    const [loop] = chain(ws, start.nextConnection, ['repeat_until_goal']);
    const stray = ws.newBlock('move_forward');
    const { program, diagnostics } = compile(save(ws), allowEverything);
    expect(program).not.toBeNull();
    expect(diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'empty-input', blockId: loop!.id, severity: 'warning' }),
        expect.objectContaining({
          code: 'unattached-block',
          blockId: stray.id,
          severity: 'warning',
        }),
      ]),
    );
  });

  it('loads the program a level opens with and compiles it to an empty program', () => {
    const ws = workspace();
    Blockly.serialization.workspaces.load(emptyProgram(), ws);
    const start = ws.getBlockById('start');
    expect(start?.type).toBe(START_BLOCK);
    expect(start?.isDeletable()).toBe(false);
    const { program } = compile(save(ws), allowEverything);
    expect(program).toMatchObject({ main: [], blockCount: 0 });
  });

  it('builds every block type in French and English, with words and with pictograms', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const pictograms of [false, true]) {
        setBlockTexts(
          Blockly,
          blockTexts((key) => formatMessage(locale, key), { pictograms }),
        );
        const ws = workspace();
        for (const type of [START_BLOCK, ...BLOCK_TYPES]) {
          const block = ws.newBlock(type);
          const labels = block.inputList
            .flatMap((input) => input.fieldRow)
            .map((field) => field.getText())
            .join(' ');
          expect(labels, `${locale} ${pictograms} ${type}`).not.toMatch(/BKY_|%\d/);
        }
        // Words mode: a silent icon and a label; pictogram mode: the icon alone, saying the words.
        const forward = ws.newBlock('move_forward');
        const fields = forward.inputList.flatMap((input) => input.fieldRow);
        const words = locale === 'fr' ? 'avancer' : 'move forward';
        expect(fields.map((field) => field.getText())).toEqual(pictograms ? [words] : ['', words]);
        expect(fields[0]).toBeInstanceOf(Blockly.FieldImage);
        ws.dispose();
      }
    }
    setBlockTexts(Blockly, frenchWords);
  });
});
