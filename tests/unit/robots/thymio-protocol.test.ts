// Thymio II (Aseba over serial): the encoders and the decoder against bytes recorded from
// Debian's asebaplayground, the deframer whatever the chunking, and a fuzz of the deframer.

import { describe, expect, test } from 'vitest';
import {
  AsebaDeframer,
  decodeMessage,
  encodeGetNodeDescription,
  encodeGetVariables,
  encodeListNodes,
  encodeSetVariables,
  MAX_PAYLOAD,
  type AsebaMessage,
} from '../../../src/robots/thymio/protocol';
import { chunkings, concat, hex, loadSample, random, randomBytes, toHex } from './samples';

interface Sample {
  requests: { name: string; call: string; args: unknown[]; hex: string }[];
  replies: { name: string; hex: string; message: AsebaMessage }[];
}

const sample = loadSample<Sample>('thymio-aseba.json');

const encoders: Record<string, (...args: unknown[]) => Uint8Array> = {
  listNodes: () => encodeListNodes(),
  getNodeDescription: (node) => encodeGetNodeDescription(node as number),
  setVariables: (node, start, values) =>
    encodeSetVariables(node as number, start as number, values as number[]),
  getVariables: (node, start, count) =>
    encodeGetVariables(node as number, start as number, count as number),
};

function decode(chunks: readonly Uint8Array[]): AsebaMessage[] {
  const deframer = new AsebaDeframer();
  return chunks.flatMap((chunk) => deframer.push(chunk)).map(decodeMessage);
}

describe('robot: Thymio Aseba protocol', () => {
  test.each(sample.requests)('request: $name', ({ call, args, hex: bytes }) => {
    const encode = encoders[call];
    expect(encode, call).toBeDefined();
    expect(toHex(encode!(...args))).toBe(toHex(hex(bytes)));
  });

  test.each(sample.replies)('reply: $name, whatever the chunks', ({ hex: bytes, message }) => {
    for (const chunks of chunkings(hex(bytes))) expect(decode(chunks)).toEqual([message]);
  });

  test('the recorded replies merged in one stream decode in order', () => {
    const stream = concat(sample.replies.map((reply) => hex(reply.hex)));
    expect(decode([stream])).toEqual(sample.replies.map((reply) => reply.message));
    const next = random(7);
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < stream.length;) {
      const size = 1 + Math.floor(next() * 9);
      chunks.push(stream.subarray(at, at + size));
      at += size;
    }
    expect(decode(chunks)).toEqual(sample.replies.map((reply) => reply.message));
  });

  test('a header announcing an impossible length is noise: dropped byte by byte, bounded', () => {
    // Aseba has no start marker: only impossible lengths can be told from a real header.
    const deframer = new AsebaDeframer();
    expect(deframer.push(hex('ff ff ff ff 00 00 00 00'))).toEqual([]);
    // A header is judged once 6 bytes are in: three ff ff lengths dropped, 5 bytes left waiting.
    expect(deframer.dropped).toBe(3);
    expect(deframer.buffered).toBe(5);
    deframer.reset();
    const frames = deframer.push(hex(sample.replies[0]!.hex));
    expect(frames.map(decodeMessage)).toEqual([sample.replies[0]!.message]);
  });

  test('short or odd payloads decode as "other", never throw', () => {
    expect(decodeMessage({ source: 1, type: 0x900c, payload: new Uint8Array(0) })).toEqual({
      kind: 'other',
      node: 1,
      type: 0x900c,
    });
    expect(decodeMessage({ source: 1, type: 0x9005, payload: hex('39 00 fa') }).kind).toBe('other');
    expect(decodeMessage({ source: 1, type: 0x9000, payload: hex('09 74 68') }).kind).toBe('other');
  });

  test('fuzz: 100 000 random inputs never throw and keep at most one frame buffered', () => {
    const next = random(33);
    const deframer = new AsebaDeframer();
    let messages = 0;
    for (let input = 0; input < 100_000; input++) {
      const chunk = randomBytes(next, Math.floor(next() * 24), [0, 1, 2, 4, 6, 0x90, 0x05, 0x0c]);
      for (const frame of deframer.push(chunk)) {
        decodeMessage(frame);
        messages++;
      }
      expect(deframer.buffered).toBeLessThanOrEqual(6 + MAX_PAYLOAD);
    }
    expect(messages).toBeGreaterThan(0);
  });
});
