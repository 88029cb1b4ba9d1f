// Unit tests of the shipped curriculum library: one pack is found by its id (the file named
// `NN-<id>.json`), the full list keeps curriculum order, and an unknown id gives null.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { shippedLessons } from '../../../src/app/shipped-lessons';

const packFiles = readdirSync('lessons')
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .sort();

describe('shipped lessons', () => {
  it('lists every shipped pack in file order', async () => {
    const packs = await shippedLessons().packs();
    expect(packs.map((pack) => `${pack.id}.json`)).toEqual(
      packFiles.map((name) => name.replace(/^\d+-/, '')),
    );
  });

  it('finds each pack by its id, the same pack as in the list', async () => {
    const library = shippedLessons();
    for (const name of packFiles) {
      const id = name.replace(/^\d+-/, '').replace(/\.json$/, '');
      expect((await library.pack(id))?.id).toBe(id);
    }
  });

  it('answers null for a pack that is not shipped', async () => {
    expect(await shippedLessons().pack('no-such-pack')).toBeNull();
  });
});
