// State of the lesson editor for one pack: the pack being edited (a restored Pack, the same
// type pupils play), undo / redo, live validation through the one `restore` (errors placed
// on their field), the solver's verdict on the level in hand (from a Web Worker), and
// autosave to IndexedDB whenever the pack is valid. Editors are kept per pack while the app
// runs, so a play-test and the way back keep the history.
import { isWarning, restorePack, type RestoreIssue } from '../../core/lesson/restore';
import { packToFile } from '../../core/lesson/serialize';
import type { Level, Pack } from '../../core/lesson/types';
import { replaceLevel } from '../../core/lesson/edit';
import { starThresholds } from '../../core/scoring';
import type { StarThresholds } from '../../core/lesson/types';
import { placeOf, type EditorField } from './fields';
import { solverKey, type SolverClient, type Verdict } from './solver-client';

/** Where authored packs are stored (the storage layer's PackRepository). */
export interface PackStore {
  list(): Promise<
    readonly { readonly id: string; readonly json: unknown; readonly updatedAt: number }[]
  >;
  get(id: string): Promise<{ readonly id: string; readonly json: unknown } | undefined>;
  save(id: string, json: unknown): Promise<unknown>;
  remove(id: string): Promise<void>;
}

export type SaveState = 'saved' | 'pending' | 'invalid' | 'failed';

/** A problem shown beside a field: a restore issue or a solver problem. */
export interface FieldIssue {
  readonly field: EditorField;
  readonly level: number | null;
  readonly detail: string | null;
  readonly issue: RestoreIssue;
}

const HISTORY_LIMIT = 200;
const SAVE_DELAY_MS = 400;
const CHECK_DELAY_MS = 350;

export class PackEditor {
  pack = $state.raw<Pack>() as Pack;
  levelIndex = $state(0);
  saveState = $state<SaveState>('saved');
  verdict = $state.raw<Verdict | null>(null);
  checking = $state(false);
  #past = $state.raw<readonly Pack[]>([]);
  #future = $state.raw<readonly Pack[]>([]);
  #stroke: string | null = null;
  #saveTimer: ReturnType<typeof setTimeout> | null = null;
  #checkTimer: ReturnType<typeof setTimeout> | null = null;
  #saving: Promise<void> = Promise.resolve();

  readonly result = $derived(restorePack(packToFile(this.pack)));
  readonly issues = $derived<readonly FieldIssue[]>(
    (this.result.ok ? [] : this.result.errors).map((issue) => ({ ...placeOf(issue.path), issue })),
  );
  readonly warnings = $derived<readonly RestoreIssue[]>(
    this.result.ok
      ? this.result.warnings.filter((w) => isWarning(w) && w.code !== 'missing-translation')
      : [],
  );
  readonly level = $derived(this.pack.levels[this.levelIndex] ?? this.pack.levels[0]!);
  readonly canUndo = $derived(this.#past.length > 0);
  readonly canRedo = $derived(this.#future.length > 0);
  /** Stars the solver suggests: three at the optimum, two a little above. */
  readonly suggestedStars = $derived<StarThresholds | null>(
    this.verdict?.optimalBlocks != null
      ? starThresholds({ stars: null, optimalBlocks: this.verdict.optimalBlocks })
      : null,
  );

  constructor(
    pack: Pack,
    private readonly store: PackStore,
    private readonly solver: SolverClient,
  ) {
    this.pack = pack;
  }

  /** Issues of one field of the level in hand (or of the pack when `level` is null). */
  issuesOf(field: EditorField, level: number | null = this.levelIndex): FieldIssue[] {
    return this.issues.filter((i) => i.field === field && i.level === level);
  }

  /** Levels that have errors, by index. */
  levelHasErrors(index: number): boolean {
    return this.issues.some((i) => i.level === index);
  }

  /** Makes a change; changes of one `stroke` (a drag over the map) undo as one. */
  edit(next: Pack, stroke: string | null = null): void {
    if (next === this.pack) return;
    if (stroke === null || stroke !== this.#stroke) {
      this.#past = [...this.#past.slice(-(HISTORY_LIMIT - 1)), this.pack];
      this.#future = [];
    }
    this.#stroke = stroke;
    this.pack = next;
    this.#changed();
  }

  editLevel(change: (level: Level) => Level, stroke: string | null = null): void {
    const level = this.level;
    const next = change(level);
    if (next === level) return;
    const solverChanged = solverKey(next) !== solverKey(level);
    this.edit(
      replaceLevel(
        this.pack,
        this.levelIndex,
        solverChanged ? { ...next, optimalBlocks: null } : next,
      ),
      stroke,
    );
  }

  /** Ends a stroke: the next change is a new step of the history. */
  endStroke(): void {
    this.#stroke = null;
  }

  undo(): void {
    const previous = this.#past.at(-1);
    if (!previous) return;
    this.#future = [this.pack, ...this.#future];
    this.#past = this.#past.slice(0, -1);
    this.#stroke = null;
    this.pack = previous;
    this.#changed();
  }

  redo(): void {
    const next = this.#future[0];
    if (!next) return;
    this.#past = [...this.#past, this.pack];
    this.#future = this.#future.slice(1);
    this.#stroke = null;
    this.pack = next;
    this.#changed();
  }

  select(index: number): void {
    if (!this.pack.levels[index]) return;
    this.levelIndex = index;
    this.#stroke = null;
    this.#scheduleCheck();
  }

  selectById(levelId: string): void {
    const index = this.pack.levels.findIndex((level) => level.id === levelId);
    this.select(index >= 0 ? index : 0);
  }

  /** Saves now when there is something waiting; resolves once it is stored. */
  async flush(): Promise<boolean> {
    if (this.#saveTimer) {
      clearTimeout(this.#saveTimer);
      this.#saveTimer = null;
      this.#save();
    }
    await this.#saving;
    return this.saveState === 'saved';
  }

  /** Asks the solver about the level in hand again (after a load, or a change). */
  check(): void {
    this.#scheduleCheck(0);
  }

  dispose(): void {
    if (this.#checkTimer) clearTimeout(this.#checkTimer);
    this.solver.dispose();
  }

  #changed(): void {
    if (this.levelIndex >= this.pack.levels.length) this.levelIndex = this.pack.levels.length - 1;
    if (!this.result.ok) {
      this.saveState = 'invalid';
      if (this.#saveTimer) clearTimeout(this.#saveTimer);
      this.#saveTimer = null;
    } else {
      this.saveState = 'pending';
      if (this.#saveTimer) clearTimeout(this.#saveTimer);
      this.#saveTimer = setTimeout(() => {
        this.#saveTimer = null;
        this.#save();
      }, SAVE_DELAY_MS);
    }
    this.#scheduleCheck();
  }

  #save(): void {
    if (!this.result.ok) return;
    const pack = this.pack;
    this.#saving = this.#saving
      .then(() => this.store.save(pack.id, packToFile(pack)))
      .then(
        () => {
          if (this.pack === pack) this.saveState = 'saved';
        },
        () => {
          this.saveState = 'failed';
        },
      );
  }

  #scheduleCheck(delay = CHECK_DELAY_MS): void {
    if (this.#checkTimer) clearTimeout(this.#checkTimer);
    const index = this.levelIndex;
    const level = this.result.ok ? this.result.pack.levels[index] : undefined;
    if (!level) {
      this.solver.cancel();
      this.verdict = null;
      this.checking = false;
      return;
    }
    const known = this.solver.cached(level);
    if (known) {
      this.#apply(index, level, known);
      return;
    }
    this.checking = true;
    this.verdict = null;
    this.#checkTimer = setTimeout(() => {
      this.#checkTimer = null;
      void this.solver.check(level, index).then((verdict) => {
        if (verdict) this.#apply(index, level, verdict);
      });
    }, delay);
  }

  /** Shows a verdict and records the proven optimum in the level (no history step). */
  #apply(index: number, checked: Level, verdict: Verdict): void {
    const current = this.pack.levels[index];
    if (index !== this.levelIndex || !current) return;
    // The level changed while the solver worked: ask again about the level as it is now.
    if (solverKey(current) !== solverKey(checked)) return this.#scheduleCheck();
    this.verdict = verdict;
    this.checking = false;
    if (current.optimalBlocks !== verdict.optimalBlocks) {
      this.pack = replaceLevel(this.pack, index, {
        ...current,
        optimalBlocks: verdict.optimalBlocks,
      });
      if (this.result.ok) {
        this.saveState = 'pending';
        this.#save();
      }
    }
  }
}
