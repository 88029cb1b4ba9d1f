// The MicroPython firmware that the app installs on micro:bit robots (firmware/microbit/
// parcours.py), bundled as text by Vite's `?raw` import (Vitest resolves it the same way), and
// pure helpers to read its version and shrink it before it goes over the serial line.
// Layer contract (robots): pure.

import firmwareSource from '../../../firmware/microbit/parcours.py?raw';

export const MICROBIT_FIRMWARE_SOURCE: string = firmwareSource;

/** The `FIRMWARE = '…'` identity in a firmware source, e.g. "parcours-microbit/1.0.0". */
export function firmwareIdentity(source: string): string | null {
  const match = /^FIRMWARE\s*=\s*'([^'\s]+)'\s*$/m.exec(source);
  return match ? (match[1] as string) : null;
}

export const MICROBIT_FIRMWARE_IDENTITY: string = firmwareIdentity(firmwareSource) ?? 'unknown';

/**
 * Drops blank lines and comment-only lines so less goes over the wire and the micro:bit V1
 * has less to compile. Safe for sources without multi-line strings, as ours is.
 */
export function compactPython(source: string): string {
  return (
    source
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
      .join('\n') + '\n'
  );
}
