// All message catalogues, merged. A feature adds its catalogue file here (one line).
import { common } from './common';
import type { MessageSpec } from './define';

export const catalogue = {
  ...common,
} satisfies Record<string, MessageSpec>;

export type MessageKey = keyof typeof catalogue;
