// The words on the blocks: every Blockly message has French and English words with the same
// `%n` markers as the definitions use, and pictogram mode keeps the markers but drops words.
import { describe, expect, it } from 'vitest';
import { allBlockDefinitions } from '../../../src/blocks/definitions';
import { BLOCK_TEXT_KEYS, blockTexts, type BlockTextName } from '../../../src/blocks/texts';
import { catalogue } from '../../../src/messages/index';
import { formatMessage } from '../../../src/messages/format';

/** The Blockly message used as a block row's whole text, with the number of its arguments. */
function rowMessages(): Map<BlockTextName, number> {
  const rows = new Map<BlockTextName, number>();
  for (const definition of allBlockDefinitions()) {
    for (const [key, value] of Object.entries(definition)) {
      const match = /^message(\d+)$/.exec(key);
      const name = typeof value === 'string' ? /^%\{BKY_([A-Z_]+)\}$/.exec(value)?.[1] : null;
      if (!match || !name) continue;
      const args = (definition as unknown as Record<string, unknown[]>)[`args${match[1]}`] ?? [];
      rows.set(name as BlockTextName, args.length);
    }
  }
  return rows;
}

function markers(text: string): string[] {
  return [...text.matchAll(/%(\d+)/g)].map((match) => match[1] as string).sort();
}

describe('block texts', () => {
  it('map every Blockly message to a catalogue entry', () => {
    for (const key of Object.values(BLOCK_TEXT_KEYS)) expect(catalogue[key]).toBeDefined();
  });

  it('keep, in every locale and mode, exactly the markers of each block row', () => {
    const rows = rowMessages();
    expect(rows.size).toBeGreaterThan(10);
    for (const locale of ['fr', 'en', 'pseudo'] as const) {
      for (const pictograms of [false, true]) {
        const texts = blockTexts((key) => formatMessage(locale, key), { pictograms });
        for (const [name, count] of rows) {
          const expected = Array.from({ length: count }, (_, i) => String(i + 1)).sort();
          expect(markers(texts[name]), `${locale} ${pictograms} ${name}`).toEqual(expected);
        }
      }
    }
  });

  it('show words in word mode and leave the icons silent there', () => {
    const texts = blockTexts((key) => formatMessage('fr', key), { pictograms: false });
    expect(texts.PARCOURS_MOVE_FORWARD).toBe('%1 avancer');
    expect(texts.PARCOURS_ALT_FORWARD).toBe('');
    expect(texts.PARCOURS_COLOR_RED).toBe('rouge');
  });

  it('drop the words in pictogram mode but let the icons say them', () => {
    const texts = blockTexts((key) => formatMessage('en', key), { pictograms: true });
    expect(texts.PARCOURS_MOVE_FORWARD).toBe('%1');
    expect(texts.PARCOURS_REPEAT_TIMES).toBe('%1 %2');
    expect(texts.PARCOURS_ALT_FORWARD).toBe('move forward');
    expect(texts.PARCOURS_DIRECTION_LEFT).toBe('↰');
    expect(texts.PARCOURS_COLOR_BLUE).toBe('blue');
  });
});
