// Replay of a stored attempt: its program, as Blockly saved it, is loaded into the player's own
// block editor (same blocks, same look), compiled and simulated by the same core as in the
// player, then shown step by step on the player's stage with the running block highlighted.
// Nothing is saved: the replay never writes to storage. UI layer.
import { headingDegrees, cellKey, type Cell, type Pose } from '../../core/geometry';
import type { Level } from '../../core/lesson/types';
import { compile } from '../../core/program/compile';
import type { WorkspaceState } from '../../core/program/blockly-json';
import type { RunResult, TranscriptEntry } from '../../core/run/types';
import { simulate } from '../../core/world/simulate';
import { blockTexts } from '../../blocks/texts';
import { blocklyMaxBlocks, maxInstancesFor, toolboxFor } from '../../blocks/toolbox';
import type { I18n } from '../i18n.svelte';
import type { EditorSetup, ProgramEditor } from '../player/program-editor';
import { STEP_MS } from '../player/player.svelte';
import { pickupsOf, rotationsOf, trailOf } from '../stage/stage-geometry';

/** The replay never shows more steps than this (a program that loops for ever). */
const MAX_STEPS = 200;
const REPLAY_SCALE = 0.9;

export interface ReplayDeps {
  readonly i18n: I18n;
  readonly loadEditor: () => Promise<{
    createEditor: (container: HTMLElement, setup: EditorSetup) => ProgramEditor;
  }>;
  /** Timers, so tests can drive the playback by hand. */
  readonly every?: (ms: number, tick: () => void) => () => void;
}

const browserEvery = (ms: number, tick: () => void): (() => void) => {
  const id = setInterval(tick, ms);
  return () => clearInterval(id);
};

export class ReplayState {
  cursor = $state(0);
  playing = $state(false);
  editorReady = $state(false);

  readonly result: RunResult | null;
  readonly shown: number;
  readonly #rotations: readonly number[];
  readonly #pickups: readonly (Cell | null)[];
  #editor: ProgramEditor | null = null;
  #stopTimer: (() => void) | null = null;

  constructor(
    readonly level: Level,
    readonly program: WorkspaceState,
    private readonly deps: ReplayDeps,
  ) {
    const compiled = compile(program, { toolbox: level.toolbox, maxBlocks: level.maxBlocks });
    this.result = compiled.program ? simulate(level, compiled.program) : null;
    const transcript = this.result?.transcript ?? [];
    this.shown = Math.min(transcript.length, MAX_STEPS);
    this.#rotations = rotationsOf(level.start.heading, transcript);
    this.#pickups = pickupsOf(transcript);
  }

  readonly entry = $derived.by<TranscriptEntry | null>(() =>
    this.cursor > 0 ? (this.result?.transcript[this.cursor - 1] ?? null) : null,
  );

  readonly robot = $derived.by<{ pose: Pose; rotation: number }>(() => {
    const start = this.level.start;
    const entry = this.entry;
    if (!entry) return { pose: start, rotation: headingDegrees(start.heading) };
    return { pose: entry.pose, rotation: this.#rotations[this.cursor - 1] ?? 0 };
  });

  readonly trail = $derived.by<Cell[]>(() =>
    this.result ? trailOf(this.level.start, this.result.transcript, this.cursor) : [],
  );

  readonly collected = $derived.by<readonly string[]>(() =>
    this.#pickups
      .slice(0, this.cursor)
      .filter((cell): cell is Cell => cell !== null)
      .map(cellKey),
  );

  readonly crash = $derived.by(() => {
    const entry = this.entry;
    const outcome = this.result?.outcome;
    if (entry?.kind !== 'action' || entry.outcome !== 'crash' || outcome?.kind !== 'crash')
      return null;
    return { at: outcome.at, from: entry.pose, cause: outcome.cause };
  });

  readonly atEnd = $derived.by(() => this.cursor >= this.shown);

  /** Mounts the player's block editor with the stored program ({@attach}). */
  attachWorkspace = (node: HTMLElement): (() => void) => {
    let detached = false;
    void this.deps.loadEditor().then((module) => {
      if (detached) return;
      const { i18n } = this.deps;
      this.#editor = module.createEditor(node, {
        toolbox: toolboxFor(this.level.toolbox),
        maxBlocks: blocklyMaxBlocks(this.level),
        maxInstances: maxInstancesFor(this.level.toolbox),
        program: this.program,
        locale: i18n.contentLocale,
        texts: blockTexts((key) => i18n.t(key), { pictograms: this.level.pictograms }),
        scale: REPLAY_SCALE,
        onChange: () => undefined,
      });
      this.editorReady = true;
      this.#highlight();
    });
    return () => {
      detached = true;
      this.pause();
      this.#editor?.dispose();
      this.#editor = null;
      this.editorReady = false;
    };
  };

  step = (): void => {
    this.pause();
    this.#move(1);
  };

  back = (): void => {
    this.pause();
    this.#move(-1);
  };

  restart = (): void => {
    this.pause();
    this.cursor = 0;
    this.#highlight();
  };

  play = (): void => {
    if (this.playing || !this.result) return;
    if (this.atEnd) this.cursor = 0;
    this.playing = true;
    this.#stopTimer = (this.deps.every ?? browserEvery)(STEP_MS.normal, () => {
      if (this.atEnd) this.pause();
      else this.#move(1);
    });
  };

  pause = (): void => {
    this.#stopTimer?.();
    this.#stopTimer = null;
    this.playing = false;
  };

  #move(delta: number): void {
    this.cursor = Math.max(0, Math.min(this.shown, this.cursor + delta));
    this.#highlight();
  }

  #highlight(): void {
    this.#editor?.highlight(this.entry?.blockId ?? null);
  }
}
