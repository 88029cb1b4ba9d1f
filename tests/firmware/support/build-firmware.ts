// Builds the AVR reference firmware (firmware/avr/parcours.c) with Debian's gcc-avr into
// firmware/build/avr/, for the firmware-in-the-loop tests. Same flags as firmware/avr/Makefile.
// Fails loudly (never skips) when the toolchain is missing.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
const source = join(repoRoot, 'firmware/avr/parcours.c');
const buildDir = join(repoRoot, 'firmware/build/avr');

function requireTool(tool: string): void {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `${tool} is missing: install Debian's gcc-avr and avr-libc (apt-get install gcc-avr avr-libc) to run the firmware-in-the-loop tests`,
    );
  }
}

/** Compiles the firmware (when the source is newer than the build) and returns the Intel HEX text. */
export function buildAvrFirmware(): string {
  requireTool('avr-gcc');
  requireTool('avr-objcopy');
  mkdirSync(buildDir, { recursive: true });
  const elf = join(buildDir, 'parcours.elf');
  const hex = join(buildDir, 'parcours.hex');
  const fresh = (() => {
    try {
      return statSync(hex).mtimeMs >= statSync(source).mtimeMs;
    } catch {
      return false;
    }
  })();
  if (!fresh) {
    execFileSync('avr-gcc', [
      '-mmcu=atmega328p',
      '-DF_CPU=16000000UL',
      '-Os',
      '-std=gnu11',
      '-Wall',
      '-Wextra',
      '-Werror',
      '-ffunction-sections',
      '-fdata-sections',
      '-Wl,--gc-sections',
      '-o',
      elf,
      source,
    ]);
    execFileSync('avr-objcopy', ['-O', 'ihex', '-R', '.eeprom', elf, hex]);
  }
  return readFileSync(hex, 'utf8');
}
