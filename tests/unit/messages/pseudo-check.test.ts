// The pseudo-locale checker used by tests/e2e/locale.spec.ts: wrapped texts pass, hard-coded
// words and broken wrappers are reported, allowed user content passes.
import { describe, expect, it } from 'vitest';
import { findUntranslated, isPseudoWrapped, stripPseudo } from '../../../src/messages/pseudo-check';
import { formatMessage } from '../../../src/messages/format';

describe('stripPseudo', () => {
  it('removes wrapped messages, nested ones included', () => {
    expect(stripPseudo('⟦Language: ⟦Français⟧⟧')).toBe('');
    expect(stripPseudo('⟦Level⟧ 3 / 5')).toBe(' 3 / 5');
  });

  it('keeps an unmatched bracket and what follows it', () => {
    expect(stripPseudo('⟦Level 3')).toBe('⟦Level 3');
  });
});

describe('isPseudoWrapped', () => {
  it('accepts wrapped text with digits and signs around it', () => {
    expect(isPseudoWrapped('⟦Run⟧')).toBe(true);
    expect(isPseudoWrapped('★ 2/3 ⟦stars⟧')).toBe(true);
  });

  it('rejects words outside a wrapper, in any script', () => {
    expect(isPseudoWrapped('Run')).toBe(false);
    expect(isPseudoWrapped('⟦Run⟧ now')).toBe(false);
    expect(isPseudoWrapped('Été')).toBe(false);
  });
});

describe('findUntranslated', () => {
  const where = 'test';

  it('reports hard-coded words and lets allowed content through', () => {
    const texts = [
      { text: '⟦Settings⟧', where },
      { text: 'Start', where },
      { text: 'Le labyrinthe', where },
      { text: '⟦Level⟧ Le labyrinthe', where },
      { text: 'Camille', where },
    ];
    expect(findUntranslated(texts, ['Le labyrinthe', /^Cam/])).toEqual([{ text: 'Start', where }]);
    const lessonText = 'Take the robot to the flag.';
    const byLesson = findUntranslated(texts, [
      (text) => lessonText.includes(text),
      'Le labyrinthe',
      'Camille',
    ]);
    expect(byLesson).toEqual([{ text: 'Start', where }]);
    expect(
      findUntranslated([{ text: 'the flag', where }], [(text) => lessonText.includes(text)]),
    ).toEqual([]);
  });

  it('flags every catalogue message formatted in French or English, none in pseudo', () => {
    const fr = formatMessage('fr', 'settings.title');
    const pseudo = formatMessage('pseudo', 'settings.title');
    expect(findUntranslated([{ text: fr, where }])).toHaveLength(1);
    expect(findUntranslated([{ text: pseudo, where }])).toEqual([]);
  });
});
