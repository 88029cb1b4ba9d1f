// mBot (mCore factory firmware, 0xFF 0x55): the encoders against golden bytes, the deframer
// against golden replies whatever the chunking (split and merged), and a fuzz of the deframer.

import { describe, expect, test } from 'vitest';
import {
  encodeDrive,
  encodeGetUltrasonic,
  encodeGetVersion,
  encodeLed,
  encodeReset,
  encodeTone,
  MAX_FRAME,
  McoreDeframer,
  type McoreFrame,
} from '../../../src/robots/mbot/protocol';
import { chunkings, concat, hex, loadSample, random, randomBytes, toHex } from './samples';

interface Sample {
  requests: { name: string; call: string; args: number[]; hex: string }[];
  replies: { name: string; hex: string; frames: McoreFrame[] }[];
}

const sample = loadSample<Sample>('mbot-mcore.json');

const encoders: Record<string, (...args: number[]) => Uint8Array> = {
  drive: (index, left, right) => encodeDrive(index as number, left as number, right as number),
  led: (index, r, g, b) => encodeLed(index as number, r as number, g as number, b as number),
  tone: (index, hz, ms) => encodeTone(index as number, hz as number, ms as number),
  ultrasonic: (index) => encodeGetUltrasonic(index as number),
  version: (index) => encodeGetVersion(index as number),
  reset: (index) => encodeReset(index as number),
};

function deframe(chunks: readonly Uint8Array[]): McoreFrame[] {
  const deframer = new McoreDeframer();
  return chunks.flatMap((chunk) => deframer.push(chunk));
}

describe('robot: mBot mCore protocol (0xFF 0x55)', () => {
  test.each(sample.requests)('request: $name', ({ call, args, hex: bytes }) => {
    const encode = encoders[call];
    expect(encode, call).toBeDefined();
    expect(toHex(encode!(...args))).toBe(toHex(hex(bytes)));
  });

  test.each(sample.replies)('reply: $name, whatever the chunks', ({ hex: bytes, frames }) => {
    for (const chunks of chunkings(hex(bytes))) expect(deframe(chunks)).toEqual(frames);
  });

  test('all the golden replies merged in one stream, then cut at random', () => {
    const stream = concat(sample.replies.map((reply) => hex(reply.hex)));
    const expected = sample.replies.flatMap((reply) => reply.frames);
    expect(deframe([stream])).toEqual(expected);
    const next = random(4);
    for (let round = 0; round < 200; round++) {
      const chunks: Uint8Array[] = [];
      for (let at = 0; at < stream.length;) {
        const size = 1 + Math.floor(next() * 12);
        chunks.push(stream.subarray(at, at + size));
        at += size;
      }
      expect(deframe(chunks)).toEqual(expected);
    }
  });

  test('the left motor is mirrored and speeds are clamped to int16', () => {
    // Forward: L = −speed, R = +speed (ROBOTS.md).
    expect(toHex(encodeDrive(1, 1, 1).subarray(6))).toBe('ff ff 01 00');
    expect(toHex(encodeDrive(1, 0, 99999).subarray(8))).toBe('ff 7f');
  });

  test('fuzz: 100 000 random inputs never throw and never grow the buffer past one frame', () => {
    const next = random(55);
    const deframer = new McoreDeframer();
    const started = Date.now();
    let frames = 0;
    for (let input = 0; input < 100_000; input++) {
      const chunk = randomBytes(
        next,
        Math.floor(next() * 24),
        [0xff, 0x55, 0x0d, 0x0a, 1, 2, 3, 4, 5],
      );
      frames += deframer.push(chunk).length;
      expect(deframer.buffered).toBeLessThanOrEqual(MAX_FRAME);
    }
    // The biased alphabet does produce frames, and a golden ack still gets through afterwards.
    expect(frames).toBeGreaterThan(0);
    deframer.reset();
    expect(deframer.push(hex('ff 55 0d 0a'))).toEqual([{ kind: 'ack' }]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
