// The Parcours Blockly theme: one bright colour per family of blocks (motion, loops,
// conditions, actions, procedures), a bold legible font, a calm workspace. Colours are dark
// enough for white text. Pure data plus `createTheme`, which needs the Blockly namespace.
import type * as BlocklyModule from 'blockly/core';
import type { BlockStyleName } from './definitions';

type Blockly = typeof BlocklyModule;

interface StyleColours {
  readonly primary: string;
  readonly secondary: string;
  readonly tertiary: string;
}

/** Block colours by family: primary fill, secondary (shadow/inner), tertiary (outline). */
export const BLOCK_COLOURS: Readonly<Record<BlockStyleName, StyleColours>> = {
  parcours_start: { primary: '#1f8a4c', secondary: '#3fae6a', tertiary: '#166b3a' },
  parcours_motion: { primary: '#2f6fdb', secondary: '#5a8fe6', tertiary: '#2257b3' },
  parcours_loop: { primary: '#c96a00', secondary: '#e08c2a', tertiary: '#a55600' },
  parcours_condition: { primary: '#7c4ddb', secondary: '#9a74e6', tertiary: '#623aba' },
  parcours_action: { primary: '#c2387f', secondary: '#d8609c', tertiary: '#9e2c67' },
  parcours_procedure: { primary: '#d0452f', secondary: '#e06a56', tertiary: '#ab3523' },
};

export const THEME_NAME = 'parcours';

export const FONT_FAMILY = '"Atkinson Hyperlegible", system-ui, sans-serif';

/** Creates (or redefines) the Parcours theme with Blockly's own theme API. */
export function createTheme(blockly: Blockly): BlocklyModule.Theme {
  const blockStyles: Record<string, BlocklyModule.Theme.BlockStyle> = {};
  for (const [name, colours] of Object.entries(BLOCK_COLOURS)) {
    blockStyles[name] = {
      colourPrimary: colours.primary,
      colourSecondary: colours.secondary,
      colourTertiary: colours.tertiary,
      hat: name === 'parcours_start' ? 'cap' : '',
    };
  }
  return blockly.Theme.defineTheme(THEME_NAME, {
    name: THEME_NAME,
    base: blockly.Themes.Classic,
    blockStyles,
    componentStyles: {
      workspaceBackgroundColour: '#fbfaf6',
      flyoutBackgroundColour: '#e9eef8',
      flyoutOpacity: 1,
      scrollbarColour: '#a9b4c8',
      scrollbarOpacity: 0.7,
      insertionMarkerColour: '#1f2430',
      insertionMarkerOpacity: 0.3,
      selectedGlowColour: '#ff9f1c',
      selectedGlowOpacity: 0.6,
      cursorColour: '#ff9f1c',
      markerColour: '#ff9f1c',
    },
    fontStyle: { family: FONT_FAMILY, weight: 'bold', size: 13 },
    startHats: false,
  });
}
