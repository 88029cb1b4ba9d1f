// The lesson player's state: the level, the pupil's program (through a ProgramEditor), the
// run (compiled and simulated first, then played back entry by entry), the result, hints and
// autosave. Components only read it and call its commands (run, step, reset, …).
import { compile } from '../../core/program/compile';
import { simulate } from '../../core/world/simulate';
import { starThresholds, starsFor, type Stars } from '../../core/scoring';
import { cellKey, headingDegrees, type Cell, type Pose } from '../../core/geometry';
import { localized, type Level, type Pack } from '../../core/lesson/types';
import type { WorkspaceState } from '../../core/program/blockly-json';
import type { Diagnostic, DiagnosticCode, Program } from '../../core/program/ir';
import type { RunOutcome, RunResult, TranscriptEntry } from '../../core/run/types';
import { blockTexts } from '../../blocks/texts';
import { blocklyMaxBlocks, maxInstancesFor, startProgram, toolboxFor } from '../../blocks/toolbox';
import type { MessageKey } from '../../messages/index';
import type { AppServices, LevelKey, Player } from '../context';
import { GUEST } from '../pupil-picker/current-player.svelte';
import { pickupsOf, rotationsOf, trailOf } from '../stage/stage-geometry';
import type { BlockRemark, EditorSetup, ProgramEditor } from './program-editor';

export type Speed = 'slow' | 'normal' | 'fast';
export const SPEEDS: readonly Speed[] = ['slow', 'normal', 'fast'];

/** How long one action lasts on screen, per speed (a sensor check takes a fraction of it). */
export const STEP_MS: Readonly<Record<Speed, number>> = { slow: 1100, normal: 600, fast: 250 };
const SENSE_SHARE = 0.4;
/** A run that never ends is shown for this many steps, then stopped with its verdict. */
const TIMEOUT_SHOWN_ENTRIES = 48;
/** Workspace zoom: pictogram blocks (for the youngest) are drawn bigger. */
const WORDS_SCALE = 1.1;
const PICTOGRAM_SCALE = 1.35;
/** Autosave waits this long after the last change (well under a second). */
const SAVE_DELAY_MS = 500;

const DIAGNOSTIC_TEXTS: Readonly<Record<DiagnosticCode, MessageKey>> = {
  'no-start-block': 'player.diagnostic.no-start-block',
  'unattached-block': 'player.diagnostic.unattached-block',
  'empty-input': 'player.diagnostic.empty-input',
  'too-many-blocks': 'player.diagnostic.too-many-blocks',
  'block-limit': 'player.diagnostic.block-limit',
  'block-not-allowed': 'player.diagnostic.block-not-allowed',
  'unknown-block': 'player.diagnostic.unknown-block',
  'bad-field': 'player.diagnostic.bad-field',
  'unknown-procedure': 'player.diagnostic.unknown-procedure',
  'duplicate-procedure': 'player.diagnostic.duplicate-procedure',
  recursion: 'player.diagnostic.recursion',
};

export type Phase = 'loading' | 'idle' | 'running' | 'stepping' | 'done';
export type SaveStatus = 'saved' | 'pending' | 'failed';

/** A compiled and simulated run, ready to be played back. */
interface PreparedRun {
  readonly program: Program;
  readonly state: WorkspaceState;
  readonly result: RunResult;
  readonly startedAt: number;
  /** How many transcript entries are shown (a timed-out run is cut short). */
  readonly shown: number;
  readonly rotations: readonly number[];
  readonly pickups: readonly (Cell | null)[];
}

/** The animation clock: browser frames in the app, a hand-driven one in tests. */
export interface Frames {
  request(callback: (now: number) => void): number;
  cancel(id: number): void;
  now(): number;
}

export interface PlayerDeps {
  readonly services: Pick<
    AppServices,
    'i18n' | 'lessons' | 'workspaces' | 'attempts' | 'settings' | 'announcer' | 'currentPlayer'
  >;
  readonly packId: string;
  readonly levelId: string;
  /** Loads the block editor (Blockly's chunk); the player page passes a dynamic import. */
  readonly loadEditor: () => Promise<{
    createEditor: (container: HTMLElement, setup: EditorSetup) => ProgramEditor;
  }>;
  readonly frames?: Frames;
  readonly clock?: () => number;
  /** Resolves once the browser has painted what is on screen (tests: at once). */
  readonly afterPaint?: () => Promise<void>;
}

/** After the next frame has been painted: a frame callback runs before paint, a task after. */
function browserAfterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const browserFrames: Frames = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (id) => cancelAnimationFrame(id),
  now: () => performance.now(),
};

export interface CrashMark {
  readonly at: Cell;
  readonly from: Cell;
  readonly cause: 'wall' | 'edge';
}

export class PlayerState {
  pack = $state.raw<Pack | null>(null);
  level = $state.raw<Level | null>(null);
  levelIndex = $state(-1);
  notFound = $state(false);
  /** In a class session, the level is not one of the session's (or no pupil picked a name). */
  closed = $state(false);
  phase = $state<Phase>('loading');
  speed = $state<Speed>('normal');
  editorReady = $state(false);
  blocksLeft = $state<number | null>(null);
  saveStatus = $state<SaveStatus>('saved');
  hintsShown = $state(0);
  /** Errors that kept the program from starting, shown beside the stage. */
  compileErrors = $state.raw<readonly Diagnostic[]>([]);
  /** Blocks with a warning (the program still ran). */
  warningBlocks = $state(0);
  prepared = $state.raw<PreparedRun | null>(null);
  /** Transcript entries played so far. */
  cursor = $state(0);
  successOpen = $state(false);
  stars = $state<Stars>(0);

  readonly #deps: PlayerDeps;
  #player: Player = GUEST;
  /** Settles with who plays, once the tablet's session has been read back. */
  readonly #identified: Promise<Player>;
  readonly #frames: Frames;
  readonly #clock: () => number;
  readonly #editorModule: Promise<Awaited<ReturnType<PlayerDeps['loadEditor']>> | null>;
  /** The level, found in its pack (null: not found or closed). */
  readonly #levelFound: Promise<Level | null>;
  /** The pupil's saved program for this level, once who plays is known. */
  readonly #opened: Promise<WorkspaceState | null>;
  /** The pupil changed the program: a saved program arriving late must not replace it. */
  #edited = false;
  #editor: ProgramEditor | null = null;
  #textsKey = '';
  #frame: number | null = null;
  #stepStartedAt = 0;
  #saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(deps: PlayerDeps) {
    this.#deps = deps;
    this.#frames = deps.frames ?? browserFrames;
    this.#clock = deps.clock ?? Date.now;
    const { currentPlayer } = deps.services;
    this.#identified = currentPlayer.ready.then(() => (this.#player = currentPlayer.player));
    this.#levelFound = this.#findLevel();
    // Blockly's code runs once the level has painted (index.html preloads its chunk at low
    // priority): the pupil reads the instructions and sees the map first, and its setup, the
    // longest task of the page, does not hold their first paint back.
    const afterPaint = deps.afterPaint ?? browserAfterPaint;
    // Its workspace is then built in a task of its own, after another paint: a touch in between
    // is answered and no single task holds the page for both.
    this.#editorModule = this.#levelFound.then(async (level) => {
      if (!level) return null;
      await afterPaint();
      const module = await deps.loadEditor();
      await afterPaint();
      return module;
    });
    this.#opened = this.#open();
  }

  // --- What the screen shows -----------------------------------------------------------------

  get levelKey(): LevelKey {
    return { packId: this.#deps.packId, levelId: this.#deps.levelId };
  }

  /** Who the blocks and attempts belong to (the pupil of the session, or a guest), fixed when
   * the level opens (once the tablet's session has been read back). */
  get player(): Player {
    return this.#player;
  }

  readonly levelCount = $derived(this.pack?.levels.length ?? 0);
  readonly title = $derived.by(() =>
    this.level ? localized(this.level.title, this.#deps.services.i18n.contentLocale) : '',
  );
  readonly instructions = $derived.by(() =>
    this.level ? localized(this.level.instructions, this.#deps.services.i18n.contentLocale) : '',
  );
  readonly hints = $derived.by(() =>
    (this.level?.hints ?? [])
      .slice(0, this.hintsShown)
      .map((hint) => localized(hint, this.#deps.services.i18n.contentLocale)),
  );
  readonly hasMoreHints = $derived((this.level?.hints.length ?? 0) > this.hintsShown);

  readonly previousHref = $derived(this.#levelHref(this.levelIndex - 1));
  readonly nextHref = $derived(this.#levelHref(this.levelIndex + 1));

  /** The transcript entry on screen, if any. */
  readonly entry = $derived<TranscriptEntry | null>(
    this.prepared && this.cursor > 0
      ? (this.prepared.result.transcript[this.cursor - 1] ?? null)
      : null,
  );

  readonly robot = $derived.by<{ pose: Pose; rotation: number } | null>(() => {
    const level = this.level;
    if (!level) return null;
    if (!this.prepared || this.cursor === 0) {
      return { pose: level.start, rotation: headingDegrees(level.start.heading) };
    }
    const index = this.cursor - 1;
    const entry = this.prepared.result.transcript[index];
    return {
      pose: entry?.pose ?? level.start,
      rotation: this.prepared.rotations[index] ?? headingDegrees(level.start.heading),
    };
  });

  readonly trail = $derived<Cell[]>(
    this.level && this.prepared
      ? trailOf(this.level.start, this.prepared.result.transcript, this.cursor)
      : [],
  );

  /** Keys (cellKey) of the squares whose star has been picked up so far. */
  readonly collected = $derived<readonly string[]>(
    (this.prepared?.pickups.slice(0, this.cursor) ?? [])
      .filter((cell): cell is Cell => cell !== null)
      .map(cellKey),
  );

  /** The crash on screen, once the robot has reached it. */
  readonly crash = $derived.by<CrashMark | null>(() => {
    const entry = this.entry;
    if (entry?.kind !== 'action' || entry.outcome !== 'crash') return null;
    const outcome = this.prepared?.result.outcome;
    if (outcome?.kind !== 'crash') return null;
    return { at: outcome.at, from: entry.pose, cause: outcome.cause };
  });

  readonly outcome = $derived<RunOutcome | null>(
    this.phase === 'done' ? (this.prepared?.result.outcome ?? null) : null,
  );

  /** What went wrong, in words, once a run has ended without success. */
  readonly failureText = $derived.by<string | null>(() => {
    const outcome = this.outcome;
    if (!outcome || outcome.kind === 'success') return null;
    return this.#describe(outcome);
  });

  readonly successText = $derived.by<string>(() => {
    const rule = this.level?.rule.kind;
    const key: MessageKey =
      rule === 'collect-all'
        ? 'player.success.items'
        : rule === 'collect-all-then-goal'
          ? 'player.success.itemsThenGoal'
          : 'player.success.goal';
    return this.#deps.services.i18n.t(key);
  });

  readonly blockCount = $derived(this.prepared?.program.blockCount ?? 0);
  readonly isLastLevel = $derived(this.levelIndex >= 0 && this.levelIndex === this.levelCount - 1);
  readonly busy = $derived(this.phase === 'running');
  readonly stepMs = $derived(STEP_MS[this.speed]);

  /** The compile errors in words (the first one leads). */
  readonly compileMessages = $derived.by(() =>
    this.compileErrors.map((diagnostic) => this.#diagnosticText(diagnostic)),
  );

  // --- Commands ------------------------------------------------------------------------------

  /** Compiles, simulates and plays the program (or resumes a step-by-step run). */
  run = (): void => {
    if (!this.#editor || this.phase === 'running' || this.phase === 'loading') return;
    this.successOpen = false;
    if (this.phase !== 'stepping' || !this.prepared) {
      if (!this.#prepare()) return;
      this.#advance();
    }
    this.phase = 'running';
    this.#stepStartedAt = this.#frames.now();
    this.#schedule();
  };

  /** Plays one more action; starts a run first when none is under way. */
  step = (): void => {
    if (!this.#editor || this.phase === 'loading') return;
    this.successOpen = false;
    if (this.phase === 'running') {
      this.phase = 'stepping';
      return;
    }
    if (this.phase !== 'stepping' || !this.prepared) {
      if (!this.#prepare()) return;
      this.phase = 'stepping';
    }
    const prepared = this.prepared;
    if (!prepared) return;
    while (this.cursor < prepared.shown) {
      this.#advance();
      if (this.entry?.kind === 'action') break;
    }
    if (this.cursor >= prepared.shown) {
      // Let the last move play out, then tell the result.
      this.#stepStartedAt = this.#frames.now();
      this.#schedule();
    }
  };

  /** Puts the robot back at its start and forgets the run. */
  reset = (): void => {
    this.#stop();
    this.prepared = null;
    this.cursor = 0;
    this.successOpen = false;
    if (this.phase !== 'loading') this.phase = 'idle';
    this.#editor?.highlight(null);
  };

  setSpeed = (speed: Speed): void => {
    this.speed = speed;
  };

  showHint = (): void => {
    if (this.hasMoreHints) this.hintsShown += 1;
  };

  closeSuccess = (): void => {
    this.successOpen = false;
  };

  /** Rebuilds the blocks when the language or the pictogram preference changes. */
  applyTexts(): void {
    // editorReady is read first so that an effect calling this re-runs once the editor is up.
    if (!this.editorReady || !this.#editor || !this.level) return;
    const key = this.#currentTextsKey();
    if (key === this.#textsKey) return;
    this.#textsKey = key;
    this.#editor.setTexts(this.#deps.services.i18n.contentLocale, this.#currentTexts());
    this.blocksLeft = this.#editor.blocksLeft();
  }

  /** `{@attach}` for the element that hosts the block editor. */
  attachWorkspace = (node: HTMLElement): (() => void) => {
    let detached = false;
    void this.#mountEditor(node, () => detached);
    return () => {
      detached = true;
      this.#unmountEditor();
    };
  };

  /** Stops the playback and saves at once (the page is going away). */
  dispose(): void {
    this.#stop();
    this.#unmountEditor();
  }

  // --- Internals -----------------------------------------------------------------------------

  /** Finds the level in its pack (shipped packs need no storage), so the stage paints early. */
  async #findLevel(): Promise<Level | null> {
    // A pack that cannot be read (an authored pack's validator not downloaded, offline) is
    // reported as not found rather than left as an unhandled failure.
    const pack = await this.#deps.services.lessons.pack(this.#deps.packId).catch(() => null);
    const index = pack?.levels.findIndex((level) => level.id === this.#deps.levelId) ?? -1;
    const level = pack?.levels[index];
    if (!pack || !level) {
      this.notFound = true;
      return null;
    }
    if (this.closed) return null;
    this.pack = pack;
    this.level = level;
    this.levelIndex = index;
    return level;
  }

  /**
   * Who plays, whether the session lets them open this level (announced when it does), and
   * their saved program.
   */
  async #open(): Promise<WorkspaceState | null> {
    const { workspaces, currentPlayer, announcer, i18n } = this.#deps.services;
    await this.#identified;
    if (!currentPlayer.allows(this.levelKey)) {
      this.closed = true;
      this.pack = null;
      this.level = null;
      return null;
    }
    const level = await this.#levelFound;
    if (!level) return null;
    announcer.announce(
      i18n.t('player.announce.level', {
        n: this.levelIndex + 1,
        title: localized(level.title, i18n.contentLocale),
      }),
    );
    try {
      return await workspaces.load(this.player, this.levelKey);
    } catch {
      return null;
    }
  }

  /**
   * Opens Blockly as soon as its code and the level are there, without waiting for storage: on
   * a first visit IndexedDB takes hundreds of milliseconds to open. The saved program goes in
   * when it arrives (at once when it is already there), unless the pupil has started editing;
   * the run controls wait for it.
   */
  async #mountEditor(node: HTMLElement, detached: () => boolean): Promise<void> {
    let saved: WorkspaceState | null | undefined;
    void this.#opened.then((program) => (saved = program));
    const [level, module] = await Promise.all([this.#levelFound, this.#editorModule]);
    if (detached() || !level || !module || this.closed) return;
    this.#textsKey = this.#currentTextsKey();
    this.#editor = module.createEditor(node, {
      toolbox: toolboxFor(level.toolbox),
      maxBlocks: blocklyMaxBlocks(level),
      maxInstances: maxInstancesFor(level.toolbox),
      program: saved ?? startProgram(level),
      locale: this.#deps.services.i18n.contentLocale,
      texts: this.#currentTexts(),
      scale: this.#pictograms() ? PICTOGRAM_SCALE : WORDS_SCALE,
      onChange: this.#programChanged,
    });
    const editor = this.#editor;
    this.blocksLeft = editor.blocksLeft();
    if (saved === undefined) {
      // Run waits for the saved program: it must not run the starting blocks in its place.
      const program = await this.#opened;
      if (this.#editor !== editor || detached()) return;
      if (program && !this.#edited) {
        editor.replaceProgram(program);
        this.blocksLeft = editor.blocksLeft();
      }
    }
    this.editorReady = true;
    this.phase = 'idle';
  }

  #unmountEditor(): void {
    if (this.#saveTimer !== null) {
      clearTimeout(this.#saveTimer);
      this.#saveTimer = null;
      this.#saveNow();
    }
    this.#editor?.dispose();
    this.#editor = null;
    this.editorReady = false;
  }

  #programChanged = (): void => {
    if (!this.#editor) return;
    this.#edited = true;
    this.blocksLeft = this.#editor.blocksLeft();
    // A changed program makes the run on screen stale: back to the start.
    if (this.phase !== 'idle') this.reset();
    if (this.compileErrors.length > 0 || this.warningBlocks > 0) {
      this.compileErrors = [];
      this.warningBlocks = 0;
      this.#editor.showRemarks([]);
    }
    this.saveStatus = 'pending';
    if (this.#saveTimer !== null) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = null;
      this.#saveNow();
    }, SAVE_DELAY_MS);
  };

  #saveNow(): void {
    if (!this.#editor) return;
    const state = this.#editor.save();
    const { workspaces } = this.#deps.services;
    this.#identified
      .then((player) => workspaces.save(player, this.levelKey, state))
      .then(
        () => {
          if (this.#saveTimer === null) this.saveStatus = 'saved';
        },
        () => {
          this.saveStatus = 'failed';
        },
      );
  }

  #currentTextsKey(): string {
    return `${this.#deps.services.i18n.locale}|${this.#pictograms()}`;
  }

  #pictograms(): boolean {
    return (this.level?.pictograms ?? false) || this.#deps.services.settings.pictograms;
  }

  #currentTexts() {
    const { i18n } = this.#deps.services;
    return blockTexts((key) => i18n.t(key), { pictograms: this.#pictograms() });
  }

  /**
   * Compiles the program for a run on a real robot (src/ui/robot/RobotDock.svelte): the
   * compiler's remarks show on the blocks as for Run, the simulated run on screen is reset;
   * null when the program cannot run.
   */
  programForRobot = (): { program: Program; state: WorkspaceState } | null => {
    if (this.phase === 'loading') return null;
    if (this.phase !== 'idle') this.reset();
    return this.#compile();
  };

  /** Compiles and simulates; shows the compiler's remarks. False when the program cannot run. */
  #prepare(): boolean {
    const level = this.level;
    this.#stop();
    const compiled = this.#compile();
    if (!compiled || !level) {
      this.prepared = null;
      this.cursor = 0;
      this.phase = 'idle';
      return false;
    }
    const { program, state } = compiled;
    const result = simulate(level, program);
    const transcript = result.transcript;
    this.prepared = {
      program,
      state,
      result,
      startedAt: this.#clock(),
      shown:
        result.outcome.kind === 'timeout'
          ? Math.min(transcript.length, TIMEOUT_SHOWN_ENTRIES)
          : transcript.length,
      rotations: rotationsOf(level.start.heading, transcript),
      pickups: pickupsOf(transcript),
    };
    this.cursor = 0;
    return true;
  }

  /** Compiles the workspace and shows the remarks on their blocks; null on errors. */
  #compile(): { program: Program; state: WorkspaceState } | null {
    const editor = this.#editor;
    const level = this.level;
    if (!editor || !level) return null;
    editor.highlight(null);
    const state = editor.save();
    const { program, diagnostics } = compile(state, {
      toolbox: level.toolbox,
      maxBlocks: level.maxBlocks,
    });
    const remarks: BlockRemark[] = diagnostics.flatMap((diagnostic) =>
      diagnostic.blockId === null
        ? []
        : [
            {
              blockId: diagnostic.blockId,
              text: this.#diagnosticText(diagnostic),
              severity: diagnostic.severity,
            },
          ],
    );
    editor.showRemarks(remarks);
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    this.compileErrors = errors;
    const warned = diagnostics
      .filter((diagnostic) => diagnostic.severity === 'warning' && diagnostic.blockId !== null)
      .map((diagnostic) => diagnostic.blockId);
    this.warningBlocks = warned.filter((id, index) => warned.indexOf(id) === index).length;
    if (!program || errors.length > 0) return null;
    return { program, state };
  }

  #advance(): void {
    const prepared = this.prepared;
    if (!prepared || this.cursor >= prepared.shown) return;
    this.cursor += 1;
    this.#editor?.highlight(this.entry?.blockId ?? null);
  }

  #duration(): number {
    const base = STEP_MS[this.speed];
    return this.entry?.kind === 'sense' ? base * SENSE_SHARE : base;
  }

  #schedule(): void {
    if (this.#frame === null) this.#frame = this.#frames.request(this.#tick);
  }

  #tick = (now: number): void => {
    this.#frame = null;
    const prepared = this.prepared;
    if (!prepared || (this.phase !== 'running' && this.phase !== 'stepping')) return;
    if (now - this.#stepStartedAt >= this.#duration()) {
      if (this.cursor >= prepared.shown) {
        this.#finish();
        return;
      }
      if (this.phase !== 'running') return;
      this.#advance();
      this.#stepStartedAt = now;
    }
    this.#schedule();
  };

  #stop(): void {
    if (this.#frame !== null) this.#frames.cancel(this.#frame);
    this.#frame = null;
  }

  #finish(): void {
    const prepared = this.prepared;
    const level = this.level;
    if (!prepared || !level) return;
    this.#stop();
    this.phase = 'done';
    this.#editor?.highlight(null);
    const outcome = prepared.result.outcome;
    const stars = starsFor(outcome, prepared.program.blockCount, starThresholds(level));
    this.stars = stars;
    // The success dialog and the failure alert speak for themselves to screen readers.
    if (outcome.kind === 'success') this.successOpen = true;
    this.#deps.services.attempts
      .record({
        player: this.player,
        level: this.levelKey,
        startedAt: prepared.startedAt,
        endedAt: this.#clock(),
        outcome,
        blockCount: prepared.program.blockCount,
        stars,
        program: prepared.state,
        on: 'simulator',
      })
      .catch(() => undefined);
  }

  #describe(outcome: RunOutcome): string {
    const { t } = this.#deps.services.i18n;
    switch (outcome.kind) {
      case 'success':
        return this.successText;
      case 'crash':
        return t(
          outcome.cause === 'wall' ? 'player.outcome.crash.wall' : 'player.outcome.crash.edge',
          {
            n: outcome.actionIndex,
          },
        );
      case 'not-reached':
        if (outcome.reason === 'items') {
          return t('player.outcome.notReached.items', { n: outcome.itemsLeft });
        }
        return t(
          outcome.reason === 'facing'
            ? 'player.outcome.notReached.facing'
            : 'player.outcome.notReached.goal',
        );
      case 'timeout':
        return t('player.outcome.timeout');
      case 'error':
        return t(
          outcome.code === 'compile'
            ? 'player.outcome.error.compile'
            : 'player.outcome.error.robot',
        );
    }
  }

  #diagnosticText(diagnostic: Diagnostic): string {
    return this.#deps.services.i18n.t(DIAGNOSTIC_TEXTS[diagnostic.code], { ...diagnostic.data });
  }

  #levelHref(index: number): string | null {
    const pack = this.pack;
    const level = pack?.levels[index];
    if (!pack || !level) return null;
    return `#/play/${encodeURIComponent(pack.id)}/${encodeURIComponent(level.id)}`;
  }
}
