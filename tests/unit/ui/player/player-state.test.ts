// The lesson player's state, driven by hand: a fake block editor, a hand-turned animation
// clock and in-memory stores. Run compiles, simulates and plays back one entry per step;
// Step stops on each action; the verdict is told in words; remarks land on blocks; the
// program is saved after changes; each finished run is recorded.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlayerState, STEP_MS, type Frames } from '../../../../src/ui/player/player.svelte';
import type {
  BlockRemark,
  EditorSetup,
  ProgramEditor,
} from '../../../../src/ui/player/program-editor';
import { I18n } from '../../../../src/ui/i18n.svelte';
import { sourceMessageStore } from '../../../../src/messages/format';
import { MemoryAttempts, MemoryWorkspaceStore } from './memory-stores';
import { restorePack } from '../../../../src/core/lesson/restore';
import type { Pack } from '../../../../src/core/lesson/types';
import type { SerializedBlock, WorkspaceState } from '../../../../src/core/program/blockly-json';
import type { AppServices, LevelKey, Player } from '../../../../src/ui/context';

const restored = restorePack({
  schemaVersion: 2,
  id: 'test-pack',
  title: { fr: 'Essai', en: 'Test' },
  description: { fr: 'Pour les tests', en: 'For tests' },
  levels: [
    {
      id: 'straight',
      title: { fr: 'Tout droit', en: 'Straight on' },
      instructions: { fr: 'Va au **drapeau**.', en: 'Go to the **flag**.' },
      grid: ['>..G', '#...'],
      toolbox: ['move_forward', 'turn_left', 'turn_right', 'repeat_times'],
      maxBlocks: 4,
      optimalBlocks: 3,
      hints: [{ fr: 'Compte les cases.', en: 'Count the squares.' }],
    },
    {
      id: 'next',
      title: { fr: 'Suivant', en: 'Next' },
      instructions: { fr: 'Encore.', en: 'Again.' },
      grid: ['>G'],
      toolbox: ['move_forward'],
    },
  ],
});
if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
const pack: Pack = restored.pack;

/** A program: the start block, then a chain of blocks with ids b1, b2… */
function program(...types: string[]): WorkspaceState {
  let next: SerializedBlock | undefined;
  types
    .slice()
    .reverse()
    .forEach((type, i) => {
      next = {
        type,
        id: `b${types.length - i}`,
        ...(type === 'repeat_times' ? { fields: { TIMES: 3 } } : {}),
        ...(next ? { next: { block: next } } : {}),
      };
    });
  const start: SerializedBlock = {
    type: 'program_start',
    id: 'start',
    x: 0,
    y: 0,
    ...(next ? { next: { block: next } } : {}),
  };
  return { blocks: { languageVersion: 0, blocks: [start] } };
}

class FakeEditor implements ProgramEditor {
  state: WorkspaceState;
  highlighted: (string | null)[] = [];
  remarks: readonly BlockRemark[] = [];
  disposed = false;
  constructor(readonly setup: EditorSetup) {
    this.state = setup.program;
  }
  /** What a pupil's edit does: a new program, and the editor says it changed. */
  edit(state: WorkspaceState): void {
    this.state = state;
    this.setup.onChange();
  }
  save = () => structuredClone(this.state);
  blocksLeft = () => 4;
  highlight = (id: string | null) => void this.highlighted.push(id);
  showRemarks = (remarks: readonly BlockRemark[]) => void (this.remarks = remarks);
  replaceProgram = (program: WorkspaceState) => void (this.state = program);
  setTexts = () => undefined;
  dispose = () => void (this.disposed = true);
}

/** An animation clock turned by the test. */
class HandFrames implements Frames {
  time = 0;
  #callbacks = new Map<number, (now: number) => void>();
  #next = 1;
  request = (callback: (now: number) => void) => {
    const id = this.#next++;
    this.#callbacks.set(id, callback);
    return id;
  };
  cancel = (id: number) => void this.#callbacks.delete(id);
  now = () => this.time;
  /** Moves the clock on by `ms`, one frame every 16 ms. */
  advance(ms: number): void {
    const end = this.time + ms;
    while (this.time < end) {
      this.time = Math.min(end, this.time + 16);
      const due = [...this.#callbacks.values()];
      this.#callbacks.clear();
      for (const callback of due) callback(this.time);
    }
  }
}

interface Harness {
  player: PlayerState;
  editor: FakeEditor;
  frames: HandFrames;
  workspaces: MemoryWorkspaceStore;
  attempts: MemoryAttempts;
  /** How many times Blockly's chunk was asked for. */
  loads: { editor: number };
}

const GUEST: Player = { pupilId: null, sessionId: null, groupId: null };

async function open(
  levelId: string,
  saved: WorkspaceState | null = null,
  allows: (level: LevelKey) => boolean = () => true,
  /** When the tablet's session has been read back (at once by default). */
  ready: Promise<void> = Promise.resolve(),
  /** Waits for the browser's next paint (at once by default). */
  afterPaint: () => Promise<void> = () => Promise.resolve(),
  /** Return once the run controls are ready, once Blockly is there, or once the level shows. */
  until: 'ready' | 'editor' | 'level' = 'ready',
): Promise<Harness> {
  const i18n = new I18n(sourceMessageStore());
  const workspaces = new MemoryWorkspaceStore();
  const attempts = new MemoryAttempts();
  if (saved) await workspaces.save(GUEST, { packId: pack.id, levelId }, saved);
  const frames = new HandFrames();
  let editor: FakeEditor | null = null;
  const loads = { editor: 0 };
  const services = {
    i18n,
    lessons: {
      packs: async () => [pack],
      pack: async (id: string) => (id === pack.id ? pack : null),
    },
    workspaces,
    attempts,
    settings: { pictograms: false },
    announcer: { announce: () => undefined },
    currentPlayer: { player: GUEST, allows, ready },
  } as unknown as Pick<
    AppServices,
    'i18n' | 'lessons' | 'workspaces' | 'attempts' | 'settings' | 'announcer' | 'currentPlayer'
  >;
  const player = new PlayerState({
    services,
    packId: pack.id,
    levelId,
    frames,
    clock: () => 1_000,
    afterPaint,
    loadEditor: async () => {
      loads.editor += 1;
      return {
        createEditor: (_node: HTMLElement, setup: EditorSetup) => (editor = new FakeEditor(setup)),
      };
    },
  });
  player.attachWorkspace({} as HTMLElement);
  await vi.waitFor(() =>
    expect(
      (until === 'level' && player.level !== null) ||
        (until === 'editor' && editor !== null) ||
        player.editorReady ||
        player.closed ||
        player.notFound,
    ).toBe(true),
  );
  return {
    player,
    editor: editor as unknown as FakeEditor,
    frames,
    workspaces,
    attempts,
    loads,
  };
}

/** Opens a level whose tablet session is still being read back: Blockly comes first. */
function openEditor(levelId: string, saved: WorkspaceState, ready: Promise<void>) {
  return open(levelId, saved, () => true, ready, undefined, 'editor');
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PlayerState', () => {
  it('opens the level with the start program, its title, instructions and the robot at start', async () => {
    const { player, editor } = await open('straight');
    expect(player.title).toBe('Tout droit');
    expect(player.instructions).toBe('Va au **drapeau**.');
    expect(player.levelIndex).toBe(0);
    expect(player.previousHref).toBeNull();
    expect(player.nextHref).toBe('#/play/test-pack/next');
    expect(editor.setup.program.blocks?.blocks?.[0]?.type).toBe('program_start');
    expect(editor.setup.maxBlocks).toBe(5);
    expect(player.robot?.pose).toEqual({ x: 0, y: 0, heading: 'E' });
    expect(player.phase).toBe('idle');
  });

  it('asks for Blockly once the level has painted, and builds it after another paint', async () => {
    const paints: (() => void)[] = [];
    const afterPaint = () => new Promise<void>((resolve) => paints.push(resolve));
    const { player, loads } = await open(
      'straight',
      null,
      () => true,
      Promise.resolve(),
      afterPaint,
      'level',
    );
    expect(player.level?.id).toBe('straight');
    await vi.advanceTimersByTimeAsync(10);
    expect(loads.editor).toBe(0);
    expect(paints).toHaveLength(1);

    paints[0]!();
    await vi.waitFor(() => expect(paints).toHaveLength(2));
    expect(loads.editor).toBe(1);
    expect(player.editorReady).toBe(false);

    paints[1]!();
    await vi.waitFor(() => expect(player.editorReady).toBe(true));
    expect(loads.editor).toBe(1);
  });

  it('never asks for Blockly when the level does not exist', async () => {
    const { player, loads } = await open('no-such-level');
    expect(player.notFound).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(loads.editor).toBe(0);
  });

  it('opens the saved program rather than the start one', async () => {
    const saved = program('move_forward');
    const { editor } = await open('straight', saved);
    await vi.waitFor(() => expect(editor.state).toEqual(saved));
  });

  it('opens Blockly before storage has answered, then puts the saved program in', async () => {
    const saved = program('move_forward', 'turn_left');
    let storageOpen!: () => void;
    const ready = new Promise<void>((resolve) => (storageOpen = resolve));
    const { player, editor } = await openEditor('straight', saved, ready);
    expect(editor.setup.program.blocks?.blocks?.[0]?.next).toBeUndefined();
    // Run waits for the saved program, so that it never runs the starting blocks instead.
    expect(player.editorReady).toBe(false);
    storageOpen();
    await vi.waitFor(() => expect(player.editorReady).toBe(true));
    expect(editor.state).toEqual(saved);
  });

  it('keeps what the pupil already built when the saved program arrives late', async () => {
    const saved = program('move_forward');
    let storageOpen!: () => void;
    const ready = new Promise<void>((resolve) => (storageOpen = resolve));
    const { player, editor, workspaces } = await openEditor('straight', saved, ready);
    const built = program('turn_right', 'turn_right');
    editor.edit(built);
    storageOpen();
    await vi.waitFor(() => expect(player.editorReady).toBe(true));
    await vi.runAllTimersAsync();
    expect(editor.state).toEqual(built);
    // The autosave waited for who plays, then kept the pupil's new program.
    expect(await workspaces.load(GUEST, { packId: pack.id, levelId: 'straight' })).toEqual(built);
  });

  it('runs: plays one action per step, lights each block, then shows stars and records', async () => {
    const { player, editor, frames, attempts } = await open('straight');
    editor.edit(program('move_forward', 'move_forward', 'move_forward'));
    player.run();
    expect(player.phase).toBe('running');
    expect(player.cursor).toBe(1);
    expect(player.robot?.pose).toMatchObject({ x: 1, y: 0 });
    frames.advance(STEP_MS.normal);
    expect(player.cursor).toBe(2);
    expect(player.successOpen).toBe(false);
    frames.advance(STEP_MS.normal * 2 + 50);
    expect(player.phase).toBe('done');
    expect(player.robot?.pose).toMatchObject({ x: 3, y: 0 });
    expect(editor.highlighted.filter((id) => id !== null)).toEqual(['b1', 'b2', 'b3']);
    expect(player.successOpen).toBe(true);
    expect(player.stars).toBe(3);
    expect(player.failureText).toBeNull();
    await vi.waitFor(() => expect(attempts.attempts).toHaveLength(1));
    expect(attempts.attempts[0]).toMatchObject({
      level: { packId: 'test-pack', levelId: 'straight' },
      outcome: { kind: 'success' },
      blockCount: 3,
      stars: 3,
      on: 'simulator',
    });
  });

  it('tells a crash in words, with the move number, and marks the wall', async () => {
    const { player, editor, frames } = await open('straight');
    editor.edit(program('turn_right', 'move_forward'));
    player.setSpeed('fast');
    player.run();
    frames.advance(STEP_MS.fast * 3);
    expect(player.phase).toBe('done');
    expect(player.failureText).toBe('Le robot s’est cogné contre un mur à son 2e déplacement.');
    expect(player.crash).toEqual({
      at: { x: 0, y: 1 },
      from: { x: 0, y: 0, heading: 'S' },
      cause: 'wall',
    });
    expect(player.successOpen).toBe(false);
  });

  it('says when the program ends before the flag', async () => {
    const { player, editor, frames } = await open('straight');
    editor.edit(program('move_forward'));
    player.run();
    frames.advance(STEP_MS.normal * 2);
    expect(player.failureText).toBe(
      'Le programme est fini, mais le robot n’est pas arrivé au drapeau.',
    );
  });

  it('steps one action at a time, and tells the result after the last one', async () => {
    const { player, editor, frames } = await open('straight');
    editor.edit(program('move_forward', 'turn_left'));
    player.step();
    expect(player.phase).toBe('stepping');
    expect(player.cursor).toBe(1);
    frames.advance(STEP_MS.normal * 3);
    expect(player.cursor).toBe(1);
    player.step();
    expect(player.cursor).toBe(2);
    expect(player.robot?.pose).toEqual({ x: 1, y: 0, heading: 'N' });
    expect(player.robot?.rotation).toBe(0);
    expect(player.phase).toBe('stepping');
    frames.advance(STEP_MS.normal + 50);
    expect(player.phase).toBe('done');
    expect(player.failureText).toMatch(/pas arrivé au drapeau/);
  });

  it('puts the robot back at its start on reset', async () => {
    const { player, editor, frames } = await open('straight');
    editor.edit(program('move_forward'));
    player.run();
    frames.advance(STEP_MS.normal * 2);
    player.reset();
    expect(player.phase).toBe('idle');
    expect(player.cursor).toBe(0);
    expect(player.robot?.pose).toEqual({ x: 0, y: 0, heading: 'E' });
    expect(player.failureText).toBeNull();
    expect(editor.highlighted.at(-1)).toBeNull();
  });

  it('stops on compile errors and shows them on their blocks and in words', async () => {
    const { player, editor } = await open('straight');
    editor.edit(
      program('move_forward', 'move_forward', 'move_forward', 'move_forward', 'move_forward'),
    );
    player.run();
    expect(player.phase).toBe('idle');
    expect(player.prepared).toBeNull();
    expect(player.compileMessages).toEqual(['Trop de blocs : 4 blocs au plus.']);
  });

  it('warns about an empty loop on its block but still runs', async () => {
    const { player, editor, frames } = await open('straight');
    editor.edit(program('repeat_times'));
    player.run();
    frames.advance(STEP_MS.normal + 50);
    expect(player.compileMessages).toEqual([]);
    expect(player.warningBlocks).toBe(1);
    expect(editor.remarks).toEqual([
      { blockId: 'b1', severity: 'warning', text: 'Ce bloc est vide : mets des blocs dedans.' },
    ]);
    expect(player.phase).toBe('done');
  });

  it('saves the program within a second of a change, and at once when the page goes', async () => {
    const { player, editor, workspaces } = await open('straight');
    const key = { packId: 'test-pack', levelId: 'straight' };
    editor.edit(program('move_forward'));
    expect(player.saveStatus).toBe('pending');
    expect(await workspaces.load(GUEST, key)).toBeNull();
    vi.advanceTimersByTime(1_000);
    await vi.waitFor(() => expect(player.saveStatus).toBe('saved'));
    expect(await workspaces.load(GUEST, key)).toEqual(program('move_forward'));

    editor.edit(program('turn_left'));
    player.dispose();
    expect(editor.disposed).toBe(true);
    await vi.waitFor(async () =>
      expect(await workspaces.load(GUEST, key)).toEqual(program('turn_left')),
    );
  });

  it('a change to the program puts a finished run back to the start', async () => {
    const { player, editor, frames } = await open('straight');
    editor.edit(program('move_forward'));
    player.run();
    frames.advance(STEP_MS.normal * 2);
    expect(player.phase).toBe('done');
    editor.edit(program('move_forward', 'move_forward'));
    expect(player.phase).toBe('idle');
    expect(player.failureText).toBeNull();
  });

  it('shows hints one at a time', async () => {
    const { player } = await open('straight');
    expect(player.hints).toEqual([]);
    expect(player.hasMoreHints).toBe(true);
    player.showHint();
    expect(player.hints).toEqual(['Compte les cases.']);
    expect(player.hasMoreHints).toBe(false);
  });

  it('refuses a level the class session does not open', async () => {
    const { player } = await open('straight', null, () => false);
    expect(player.closed).toBe(true);
    expect(player.level).toBeNull();
  });
});
