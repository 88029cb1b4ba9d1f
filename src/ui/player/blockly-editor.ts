// The Blockly editor of the lesson player: injects a zelos workspace with the level's flyout
// and limits, and implements ProgramEditor. This module (and Blockly with it) is imported
// lazily, so it lands in its own chunk and loads after the stage and instructions paint.
import * as Blockly from 'blockly/core';
import * as blocklyFr from 'blockly/msg/fr';
import { registerBlocks } from '../../blocks/register';
import { createTheme } from '../../blocks/theme';
import type { BlockTexts } from '../../blocks/texts';
import type { Locale } from '../../core/lesson/types';
import type { WorkspaceState } from '../../core/program/blockly-json';
import { withDeferredAudio } from './deferred-audio';
import { keepFocusThroughMoves } from './focus-keeper';
import type { BlockRemark, EditorSetup, ProgramEditor } from './program-editor';

/** The string entries of a Blockly message module (its namespace also holds `default`). */
function messagesOf(module: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(module).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/**
 * Blockly's own words (context menus, dialogs, workspace labels). French, the app's first
 * language, ships in this chunk; English (about 14 kB gzip) loads when it is first asked for.
 */
const BLOCKLY_MESSAGES = new Map<Locale, Record<string, string>>([['fr', messagesOf(blocklyFr)]]);
const LOADERS: Record<Locale, () => Promise<object>> = {
  fr: () => Promise.resolve(blocklyFr),
  en: () => import('blockly/msg/en'),
};
let shownLocale: Locale = 'fr';

/** Loads Blockly's own words in a locale; await it before `createEditor` to open in it. */
export async function loadBlocklyMessages(locale: Locale): Promise<void> {
  if (!BLOCKLY_MESSAGES.has(locale))
    BLOCKLY_MESSAGES.set(locale, messagesOf(await LOADERS[locale]()));
}

const REMARK_ID = 'parcours';

/**
 * Blockly's own words and ours, for a locale. Blockly reads its words when a menu or dialog
 * opens, so words still downloading are put in place as soon as they arrive.
 */
function applyTexts(locale: Locale, texts: BlockTexts): void {
  shownLocale = locale;
  const words = BLOCKLY_MESSAGES.get(locale);
  if (words) Blockly.setLocale(words);
  else
    loadBlocklyMessages(locale).then(
      () => {
        if (shownLocale === locale) Blockly.setLocale(BLOCKLY_MESSAGES.get(locale) ?? {});
      },
      (error: unknown) => console.error('Blockly messages not loaded', error),
    );
  registerBlocks(Blockly, texts);
}

class BlocklyEditor implements ProgramEditor {
  readonly #workspace: Blockly.WorkspaceSvg;
  readonly #resize: ResizeObserver;
  readonly #stopKeepingFocus: () => void;
  readonly #setup: EditorSetup;
  /** Our own loads whose events Blockly has not delivered yet (it fires them after the fact). */
  #loadsPending = 0;
  #remarked = new Set<string>();

  constructor(container: HTMLElement, setup: EditorSetup) {
    this.#setup = setup;
    applyTexts(setup.locale, setup.texts);
    // Blockly opens an audio context per workspace it builds: deferred to the first touch.
    this.#workspace = withDeferredAudio(window, () =>
      Blockly.inject(container, {
        renderer: 'zelos',
        theme: createTheme(Blockly),
        toolbox: setup.toolbox as Blockly.utils.toolbox.ToolboxDefinition,
        maxBlocks: setup.maxBlocks,
        maxInstances: setup.maxInstances,
        media: './blockly-media/',
        trashcan: true,
        sounds: true,
        comments: false,
        collapse: false,
        disable: false,
        move: { scrollbars: true, drag: true, wheel: true },
        zoom: {
          controls: true,
          startScale: setup.scale,
          maxScale: 1.8,
          minScale: 0.6,
          pinch: true,
        },
        grid: { spacing: 32, length: 3, colour: '#dfe4ee', snap: false },
      }),
    );
    this.#load(setup.program);
    this.#workspace.addChangeListener((event) => {
      // Blockly fires events after the fact, in order: everything up to the end of our own
      // load is ours, not the pupil's.
      if (this.#loadsPending > 0) {
        if (event.type === Blockly.Events.FINISHED_LOADING) this.#loadsPending -= 1;
        return;
      }
      if (event.isUiEvent) return;
      this.#setup.onChange();
    });
    this.#resize = new ResizeObserver(() => Blockly.svgResize(this.#workspace));
    this.#resize.observe(container);
    this.#stopKeepingFocus = keepFocusThroughMoves(container);
  }

  save(): WorkspaceState {
    return Blockly.serialization.workspaces.save(this.#workspace) as WorkspaceState;
  }

  blocksLeft(): number | null {
    const left = this.#workspace.remainingCapacity();
    return Number.isFinite(left) ? Math.max(0, left) : null;
  }

  highlight(blockId: string | null): void {
    this.#workspace.highlightBlock(null);
    if (blockId !== null && this.#workspace.getBlockById(blockId)) {
      this.#workspace.highlightBlock(blockId);
    }
  }

  showRemarks(remarks: readonly BlockRemark[]): void {
    for (const id of this.#remarked)
      this.#workspace.getBlockById(id)?.setWarningText(null, REMARK_ID);
    this.#remarked = new Set();
    const texts = new Map<string, { text: string; error: boolean }>();
    for (const remark of remarks) {
      const known = texts.get(remark.blockId);
      texts.set(remark.blockId, {
        text: known ? `${known.text}\n${remark.text}` : remark.text,
        error: (known?.error ?? false) || remark.severity === 'error',
      });
    }
    for (const [id, { text, error }] of texts) {
      const block = this.#workspace.getBlockById(id);
      if (!block) continue;
      block.setWarningText(text, REMARK_ID);
      this.#remarked.add(id);
      if (error) void block.getIcon(Blockly.icons.IconType.WARNING)?.setBubbleVisible(true);
    }
  }

  replaceProgram(program: WorkspaceState): void {
    this.#load(program);
  }

  setTexts(locale: Locale, texts: BlockTexts): void {
    const program = this.save();
    applyTexts(locale, texts);
    this.#workspace.updateToolbox(this.#setup.toolbox as Blockly.utils.toolbox.ToolboxDefinition);
    this.#load(program);
  }

  dispose(): void {
    this.#stopKeepingFocus();
    this.#resize.disconnect();
    this.#workspace.dispose();
  }

  /** Replaces the program without reporting it as the pupil's change. */
  #load(program: WorkspaceState): void {
    this.#loadsPending += 1;
    this.#workspace.clear();
    Blockly.serialization.workspaces.load(program, this.#workspace);
    // Rebuilding is not deleting: the blocks cleared here must not show up in the trash.
    this.#workspace.trashcan?.emptyContents();
    this.#remarked = new Set();
  }
}

/** Injects the editor into an element; the element must have a size. */
export function createEditor(container: HTMLElement, setup: EditorSetup): ProgramEditor {
  return new BlocklyEditor(container, setup);
}
