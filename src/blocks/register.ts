// Registration: the one place the block definitions enter Blockly. The caller (the player's
// Blockly editor) passes the Blockly namespace, so this layer never loads Blockly by itself
// and importing it has no side effects.
import type * as BlocklyModule from 'blockly/core';
import { ICON_FIELD, allBlockDefinitions } from './definitions';
import type { BlockTexts } from './texts';

type Blockly = typeof BlocklyModule;

const registered = new WeakSet<object>();

/**
 * A block icon: an image that screen readers name by its alt text, and skip when the alt is
 * empty (words mode, where the label beside it already says the same).
 */
function iconFieldClass(blockly: Blockly) {
  return class IconField extends blockly.FieldImage {
    override computeAriaLabel(): string {
      return this.getAriaValue() ?? '';
    }
  };
}

/**
 * Sets the block texts and defines every Parcours block in this Blockly instance. Safe to
 * call again: definitions are added once; texts are replaced.
 */
export function registerBlocks(blockly: Blockly, texts: BlockTexts): void {
  setBlockTexts(blockly, texts);
  if (registered.has(blockly.Blocks)) return;
  if (!blockly.registry.hasItem(blockly.registry.Type.FIELD, ICON_FIELD)) {
    blockly.fieldRegistry.register(ICON_FIELD, iconFieldClass(blockly));
  }
  const definitions = blockly.common.createBlockDefinitionsFromJsonArray([
    ...allBlockDefinitions(),
  ]);
  blockly.common.defineBlocks(definitions);
  registered.add(blockly.Blocks);
}

/**
 * Replaces the words Blockly reads when it builds a block (locale or pictogram mode change).
 * Blocks already on a workspace keep theirs until they are rebuilt (save, clear, load).
 */
export function setBlockTexts(blockly: Blockly, texts: BlockTexts): void {
  blockly.setLocale({ ...texts });
}
