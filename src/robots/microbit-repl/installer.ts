// Installs a file on a MicroPython board through the raw REPL: opens it, writes it in small
// pieces as Python bytes literals, closes it, then reads back its length and a checksum
// computed on the board to prove it arrived intact. Layer contract (robots): no browser API;
// failures are RobotError codes.

import { RobotError } from '../errors';
import type { RawRepl } from './raw-repl';

/** Source bytes per `write` call (the Python literal may be up to 4 times longer). */
export const INSTALL_CHUNK_BYTES = 160;

export interface InstallProgress {
  readonly written: number;
  readonly total: number;
}

export interface InstallOptions {
  readonly path?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: InstallProgress) => void;
}

/** A Python bytes literal for these bytes (printable ASCII kept, the rest escaped). */
export function pythonBytesLiteral(bytes: Uint8Array): string {
  let body = '';
  for (const byte of bytes) {
    if (byte === 0x5c) body += '\\\\';
    else if (byte === 0x27) body += "\\'";
    else if (byte >= 0x20 && byte <= 0x7e) body += String.fromCharCode(byte);
    else body += `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return `b'${body}'`;
}

/** The checksum the board computes on read-back: sum of the bytes modulo 65536. */
export function checksum(bytes: Uint8Array): number {
  let sum = 0;
  for (const byte of bytes) sum = (sum + byte) & 0xffff;
  return sum;
}

function pythonString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Writes `content` to `path` (default main.py) on the board; the board must be in raw mode. */
export async function installFile(
  repl: RawRepl,
  content: string,
  options: InstallOptions = {},
): Promise<void> {
  const path = options.path ?? 'main.py';
  const { signal } = options;
  const bytes = new TextEncoder().encode(content);
  await repl.run(`f=open(${pythonString(path)},'wb')\nw=f.write`, signal);
  for (let start = 0; start < bytes.length; start += INSTALL_CHUNK_BYTES) {
    const piece = bytes.subarray(start, start + INSTALL_CHUNK_BYTES);
    await repl.run(`w(${pythonBytesLiteral(piece)})`, signal);
    options.onProgress?.({ written: start + piece.length, total: bytes.length });
  }
  await repl.run('f.close()\ndel f,w', signal);
  const verify = [
    `f=open(${pythonString(path)},'rb')`,
    'n=s=0',
    'while True:',
    ' b=f.read(128)',
    ' if not b:break',
    ' n+=len(b)',
    ' for c in b:s=(s+c)&65535',
    'f.close()',
    "print('%d %d'%(n,s))",
  ].join('\n');
  const answer = (await repl.run(verify, signal)).trim();
  const expected = `${bytes.length} ${checksum(bytes)}`;
  if (answer !== expected) {
    throw new RobotError(
      'robot-error',
      `installed ${path} reads back as "${answer}", not "${expected}"`,
    );
  }
}
