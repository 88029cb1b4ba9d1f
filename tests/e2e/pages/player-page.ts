// Page object of the pupil's lesson player, for end-to-end tests: role-based locators and
// real drags (a mouse, or touch through Chromium's input pipeline) from the block flyout to the
// end of the program. Tests read as what a pupil does: drag "avancer", press "Lancer".
import { expect, type CDPSession, type Locator, type Page } from '@playwright/test';

export type Pointer = 'mouse' | 'touch';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Names of the blocks a program can hold, as Blockly announces them (pictograms included). */
const PROGRAM_BLOCK_NAME = /quand je lance|avancer|tourner à gauche|tourner à droite|répéter/;

export class PlayerPage {
  readonly program: Locator;
  readonly flyout: Locator;
  readonly blocksLeft: Locator;
  readonly saved: Locator;
  readonly stage: Locator;
  readonly runButton: Locator;
  readonly stepButton: Locator;
  readonly resetButton: Locator;
  readonly successDialog: Locator;
  readonly failure: Locator;
  #cdp: CDPSession | null = null;

  constructor(readonly page: Page) {
    this.program = page.getByRole('region', { name: 'Ton programme' });
    this.flyout = this.program.getByRole('listbox');
    this.blocksLeft = this.program.getByRole('status').filter({ hasText: /bloc/ });
    this.saved = this.program.getByRole('status').filter({ hasText: 'Enregistré' });
    this.stage = page.getByRole('img', { name: /^Le terrain du robot/ });
    this.runButton = page.getByRole('button', { name: 'Lancer' });
    this.stepButton = page.getByRole('button', { name: 'Pas à pas' });
    this.resetButton = page.getByRole('button', { name: 'Au départ' });
    this.successDialog = page.getByRole('dialog', { name: 'Bravo !' });
    this.failure = page.getByRole('main').getByRole('alert');
  }

  /** Opens a level by its address and waits for its blocks. */
  async open(packId: string, levelId: string): Promise<void> {
    await this.page.goto(`./#/play/${packId}/${levelId}`);
    await this.waitForBlocks();
  }

  async waitForBlocks(): Promise<void> {
    await expect(this.programBlocks(/quand je lance/)).toHaveCount(1);
    await expect(this.flyout.getByRole('option').first()).toBeVisible();
  }

  /** A block offered in the flyout, by its spoken name ("avancer", "tourner à droite"…). */
  flyoutBlock(name: string): Locator {
    return this.flyout.getByRole('option', { name: new RegExp(`^${name}\\b`) });
  }

  /** Blocks on the workspace, optionally only those whose name matches. */
  programBlocks(name: RegExp = PROGRAM_BLOCK_NAME): Locator {
    return this.program.getByRole('figure', { name });
  }

  /** Whether the keyboard focus is in the program's workspace (not in the flyout). */
  workspaceFocused(): Promise<boolean> {
    return this.page.evaluate(() => {
      const focused = document.activeElement;
      return !!focused?.closest('.injectionDiv') && !focused.closest('.blocklyFlyout');
    });
  }

  /**
   * With the keyboard, from a block of the program: T opens the blocks (the first one has the
   * focus), Enter takes it, Enter drops it after the focused block. Waits for Blockly at each
   * step, as a pupil waits to see the block move; `named` matches the block's accessible name.
   */
  async keyboardAppendFirstBlock(named: RegExp): Promise<void> {
    // The workspace's blocks, by their names, in any language (the flyout's are unnamed).
    const blocks = this.page.locator('.injectionDiv').getByRole('figure', { name: named });
    const before = await blocks.count();
    await this.page.keyboard.press('t');
    await expect(this.page.locator(':focus')).toHaveAttribute('aria-label', named);
    await this.page.keyboard.press('Enter');
    // Taken: the block moves in the workspace, with the focus, until Enter drops it.
    await expect.poll(() => this.workspaceFocused()).toBe(true);
    await this.page.keyboard.press('Enter');
    await expect(blocks).toHaveCount(before + 1);
    await expect.poll(() => this.workspaceFocused()).toBe(true);
  }

  /** Drags a block from the flyout and drops it under the last block of the program. */
  async appendBlock(name: string, pointer: Pointer = 'mouse'): Promise<void> {
    await this.#settled();
    const source = await this.#box(this.flyoutBlock(name));
    const last = await this.#lastProgramBlock();
    // Grab near the block's left edge; drop so that its top meets the last block's bottom.
    const grab = { x: source.x + 16, y: source.y + source.height / 2 };
    const drop = { x: last.x + 16, y: last.y + last.height + source.height / 2 - 10 };
    await this.#drag(grab, drop, pointer);
  }

  /** Tries to drag a block out of the flyout into an empty part of the workspace. */
  async dropBlockOnWorkspace(name: string, pointer: Pointer = 'mouse'): Promise<void> {
    await this.#settled();
    const source = await this.#box(this.flyoutBlock(name));
    const area = await this.#box(this.program);
    const grab = { x: source.x + 16, y: source.y + source.height / 2 };
    await this.#drag(
      grab,
      { x: area.x + area.width * 0.6, y: area.y + area.height * 0.7 },
      pointer,
    );
  }

  async run(): Promise<void> {
    await this.runButton.click();
  }

  /** The stars in the success dialog, as read to the pupil ("3 étoiles sur 3"). */
  stars(): Locator {
    return this.successDialog.getByRole('img', { name: /étoile/ });
  }

  async #box(locator: Locator): Promise<Box> {
    await expect(locator).toBeVisible();
    const box = await locator.boundingBox();
    if (!box) throw new Error('element has no box');
    return box;
  }

  /** The lowest block of the program on screen (the end of the start block's stack). */
  async #lastProgramBlock(): Promise<Box> {
    const blocks = await this.programBlocks().all();
    let lowest: Box | null = null;
    for (const block of blocks) {
      const box = await block.boundingBox();
      if (box && (!lowest || box.y + box.height > lowest.y + lowest.height)) lowest = box;
    }
    if (!lowest) throw new Error('the program has no block');
    return lowest;
  }

  /**
   * Blockly renders in animation frames: lets the previous drop settle before measuring again
   * (under load, a stale position dropped the next block beside the stack).
   */
  async #settled(): Promise<void> {
    await expect(this.page.locator('.blocklyDragging')).toHaveCount(0);
    await this.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }

  async #drag(
    from: { x: number; y: number },
    to: { x: number; y: number },
    pointer: Pointer,
  ): Promise<void> {
    const steps = 12;
    const points = Array.from({ length: steps }, (_, i) => ({
      x: from.x + ((to.x - from.x) * (i + 1)) / steps,
      y: from.y + ((to.y - from.y) * (i + 1)) / steps,
    }));
    if (pointer === 'mouse') {
      await this.page.mouse.move(from.x, from.y);
      await this.page.mouse.down();
      for (const point of points) await this.page.mouse.move(point.x, point.y);
      await this.page.mouse.up();
      return;
    }
    // Real touch input: Chromium turns these into touch and pointer events (pointerType touch).
    const cdp = (this.#cdp ??= await this.page.context().newCDPSession(this.page));
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: at ? [{ x: Math.round(at.x), y: Math.round(at.y), id: 1 }] : [],
      });
    await touch('touchStart', from);
    for (const point of points) await touch('touchMove', point);
    await touch('touchEnd');
  }
}
