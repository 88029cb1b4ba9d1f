// Parcours line protocol v1: the spec's examples (docs/protocol/parcours-line.md) as golden
// bytes for the encoder, the replies through the line deframer whatever the chunking, invalid
// lines, and a fuzz of the deframer and reply parser.

import { describe, expect, test } from 'vitest';
import { LineDeframer, MAX_LINE_LENGTH } from '../../../src/robots/parcours-line/deframer';
import {
  encodeCommand,
  parseReply,
  type Command,
  type Reply,
} from '../../../src/robots/parcours-line/protocol';
import { chunkings, latin1, loadSample, random, randomBytes, toHex } from './samples';

interface Sample {
  requests: { name: string; command: Command; text: string }[];
  outOfRange: Command[];
  replies: { text: string; replies: Reply[] };
  invalid: string[];
}

const sample = loadSample<Sample>('parcours-line.json');

function replies(chunks: readonly Uint8Array[]): Reply[] {
  const deframer = new LineDeframer();
  return chunks
    .flatMap((chunk) => deframer.push(chunk))
    .map((frame) =>
      frame.kind === 'line' ? parseReply(frame.text) : { type: 'invalid', text: '' },
    );
}

describe('robot: parcours-line protocol', () => {
  test.each(sample.requests)('command: $name', ({ command, text }) => {
    expect(toHex(encodeCommand(command))).toBe(toHex(latin1(text)));
  });

  test.each(sample.outOfRange)('out of range is refused before sending: %o', (command) => {
    expect(() => encodeCommand(command)).toThrow(RangeError);
  });

  test('the spec replies, whatever the chunks', () => {
    const stream = latin1(sample.replies.text);
    for (const chunks of chunkings(stream)) expect(replies(chunks)).toEqual(sample.replies.replies);
  });

  test.each(sample.invalid)('invalid reply line: %j', (line) => {
    expect(parseReply(line)).toEqual({ type: 'invalid', text: line });
  });

  test('garbage is dropped whole: binary bytes, over-long lines; the next line is kept', () => {
    const deframer = new LineDeframer();
    const noise = Uint8Array.from([0x41, 0x00, 0xff, 0x0a]);
    const long = latin1(`${'x'.repeat(MAX_LINE_LENGTH + 10)}\n`);
    expect(deframer.push(noise)).toEqual([{ kind: 'garbage', reason: 'binary' }]);
    expect(deframer.push(long)).toEqual([{ kind: 'garbage', reason: 'toolong' }]);
    expect(deframer.push(latin1('ACK 3\r\n'))).toEqual([{ kind: 'line', text: 'ACK 3' }]);
  });

  test('fuzz: 100 000 random inputs never throw and never buffer more than a line', () => {
    const next = random(1);
    const deframer = new LineDeframer();
    const alphabet = Array.from('ACKDONERR 0123456789-\r\n', (char) => char.charCodeAt(0));
    let lines = 0;
    for (let input = 0; input < 100_000; input++) {
      for (const frame of deframer.push(randomBytes(next, Math.floor(next() * 24), alphabet))) {
        if (frame.kind === 'line') {
          parseReply(frame.text);
          lines++;
        }
      }
      expect(deframer.buffered).toBeLessThanOrEqual(MAX_LINE_LENGTH);
    }
    expect(lines).toBeGreaterThan(0);
  });
});
