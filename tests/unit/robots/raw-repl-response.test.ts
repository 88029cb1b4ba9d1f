// micro:bit raw REPL: the execution reply parser against golden replies (OK, output, 0x04,
// errors, 0x04, >) whatever the chunking, refusal outside raw mode, and a fuzz.

import { describe, expect, test } from 'vitest';
import { ExecResponseParser } from '../../../src/robots/microbit-repl/exec-response';
import { chunkings, latin1, loadSample, random, randomBytes } from './samples';

interface Sample {
  replies: { name: string; text: string; stdout: string; stderr: string }[];
  refused: { name: string; text: string; received: string }[];
}

const sample = loadSample<Sample>('microbit-raw-repl.json');

describe('robot: micro:bit raw REPL replies', () => {
  test.each(sample.replies)('reply: $name, whatever the chunks', ({ text, stdout, stderr }) => {
    for (const chunks of chunkings(latin1(text))) {
      const parser = new ExecResponseParser(true);
      const results = chunks.map((chunk) => parser.push(chunk));
      const done = results.filter((result) => result.kind === 'done');
      expect(done).toHaveLength(1);
      expect(results.at(-1)).toEqual({
        kind: 'done',
        response: { stdout, stderr, truncated: false },
        rest: new Uint8Array(0),
      });
    }
  });

  test('bytes after the prompt are handed back', () => {
    const parser = new ExecResponseParser(true);
    const result = parser.push(latin1('OK\u0004\u0004>OK'));
    expect(result.kind === 'done' && Array.from(result.rest)).toEqual([0x4f, 0x4b]);
  });

  test.each(sample.refused)('refused: $name', ({ text, received }) => {
    expect(new ExecResponseParser(true).push(latin1(text))).toEqual({ kind: 'refused', received });
  });

  test('fuzz: 100 000 random inputs never throw and output stays bounded', () => {
    const next = random(9);
    let parser = new ExecResponseParser(Boolean(next() < 0.5), 256);
    let done = 0;
    for (let input = 0; input < 100_000; input++) {
      const result = parser.push(randomBytes(next, Math.floor(next() * 24), [0x4f, 0x4b, 4, 0x3e]));
      expect(parser.buffered).toBeLessThanOrEqual(512);
      if (result.kind !== 'pending') {
        if (result.kind === 'done') done++;
        parser = new ExecResponseParser(next() < 0.5, 256);
      }
    }
    expect(done).toBeGreaterThan(0);
  });
});
