// All message catalogues, merged (the source for Node, tests and the build's compiled bundles).
// A feature adds its catalogue file here (one line) and its key prefix to bundles.ts.
import { common } from './common';
import { settings } from './settings';
import { shell } from './shell';
import { pwa } from './pwa';
import { lessons } from './lessons';
import { player } from './player';
import { blocks } from './blocks';
import { home } from './home';
import { robot } from './robot';
import { teacher } from './teacher';
import { review } from './review';
import { pictograms } from './pictograms';
import { blockly } from './blockly';
import { editor } from './editor';
import type { MessageSpec } from './define';

export const catalogue = {
  ...common,
  ...settings,
  ...shell,
  ...pwa,
  ...lessons,
  ...player,
  ...blocks,
  ...home,
  ...robot,
  ...teacher,
  ...review,
  ...pictograms,
  ...blockly,
  ...editor,
} satisfies Record<string, MessageSpec>;

export type MessageKey = keyof typeof catalogue;
