// Where the UI gets lesson packs from: the shipped curriculum, and later authored packs.
// The composition root supplies the implementation.
import type { Pack } from '../core/lesson/types';

export interface LessonLibrary {
  /** Every pack available on this device, in curriculum order. */
  packs(): Promise<readonly Pack[]>;
  pack(id: string): Promise<Pack | null>;
}
