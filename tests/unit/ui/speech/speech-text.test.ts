// The spoken form of lesson Markdown: formatting markers and link targets are not read.
import { describe, expect, it } from 'vitest';
import { speechText } from '../../../../src/ui/speech/speech-text';

describe('speechText', () => {
  it('drops emphasis and code markers', () => {
    expect(speechText('Amène le robot jusqu’au **drapeau**, puis _tourne_ avec `tourner`.')).toBe(
      'Amène le robot jusqu’au drapeau, puis tourne avec tourner.',
    );
  });

  it('keeps link and image texts, not their targets', () => {
    expect(speechText('Lis [la fiche](https://example.org/fiche) et ![un robot](robot.png).')).toBe(
      'Lis la fiche et un robot.',
    );
  });

  it('drops list and heading markers and joins lines', () => {
    expect(speechText('# Défi\n- avance\n- tourne\n1. stop')).toBe('Défi avance tourne stop');
  });
});
