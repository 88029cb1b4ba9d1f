// Read-aloud: voice choice per locale, the utterance it speaks, the speaking state, and a quiet
// no-op where the browser has no speech synthesis.
import { describe, expect, it } from 'vitest';
import {
  Speech,
  browserSpeechEngine,
  pickVoice,
  type SpeechEngine,
  type UtteranceLike,
  type VoiceLike,
} from '../../../../src/ui/speech/speech.svelte';

const voice = (lang: string, name: string, localService = true, isDefault = false): VoiceLike => ({
  lang,
  name,
  localService,
  default: isDefault,
});

class FakeSynthesis {
  voices: VoiceLike[] = [];
  spoken: UtteranceLike[] = [];
  cancels = 0;
  listeners: (() => void)[] = [];
  getVoices = () => this.voices;
  speak = (utterance: UtteranceLike) => {
    this.spoken.push(utterance);
  };
  cancel = () => {
    this.cancels += 1;
  };
  addEventListener = (_type: 'voiceschanged', listener: () => void) => {
    this.listeners.push(listener);
  };
}

function fakeEngine(synthesis: FakeSynthesis): SpeechEngine & { texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    synthesis,
    createUtterance: (text) => {
      texts.push(text);
      return { lang: '', voice: null, rate: 1, onend: null, onerror: null };
    },
  };
}

describe('pickVoice', () => {
  const voices = [
    voice('en-US', 'Sam', true, true),
    voice('fr-CA', 'Amélie'),
    voice('fr-FR', 'Online Denise', false),
    voice('fr_FR', 'Thomas'),
  ];

  it('prefers the exact regional voice that works offline', () => {
    expect(pickVoice(voices, 'fr')?.name).toBe('Thomas');
  });

  it('falls back to any voice of the language', () => {
    expect(pickVoice([voice('fr-BE', 'Bruno'), voice('en-US', 'Sam')], 'fr')?.name).toBe('Bruno');
    expect(pickVoice(voices, 'en')?.name).toBe('Sam');
  });

  it('finds nothing when the device has no voice for the language', () => {
    expect(pickVoice([voice('en-US', 'Sam'), voice('frr', 'Not French')], 'fr')).toBeNull();
  });
});

describe('Speech', () => {
  it('speaks a text in the locale with its voice, and tracks the reading', () => {
    const synthesis = new FakeSynthesis();
    synthesis.voices = [voice('fr-FR', 'Thomas'), voice('en-GB', 'Kate')];
    const engine = fakeEngine(synthesis);
    const speech = new Speech(engine);

    expect(speech.available).toBe(true);
    expect(speech.speak('  Avance   de deux cases. ', 'fr')).toBe(true);
    expect(engine.texts).toEqual(['Avance de deux cases.']);
    const utterance = synthesis.spoken[0]!;
    expect(utterance.lang).toBe('fr-FR');
    expect(utterance.voice?.name).toBe('Thomas');
    expect(speech.speaking).toBe('Avance de deux cases.');

    utterance.onend?.({});
    expect(speech.speaking).toBeNull();
  });

  it('interrupts the current reading before a new one, and stops on demand', () => {
    const synthesis = new FakeSynthesis();
    const speech = new Speech(fakeEngine(synthesis));
    speech.speak('One', 'en');
    speech.speak('Two', 'en');
    expect(synthesis.cancels).toBe(2);
    expect(speech.speaking).toBe('Two');
    // The first utterance ending late must not clear the second one's state.
    synthesis.spoken[0]!.onend?.({});
    expect(speech.speaking).toBe('Two');
    speech.stop();
    expect(synthesis.cancels).toBe(3);
    expect(speech.speaking).toBeNull();
  });

  it('picks up voices that arrive after the page loaded', () => {
    const synthesis = new FakeSynthesis();
    const speech = new Speech(fakeEngine(synthesis));
    speech.watchVoices();
    speech.watchVoices();
    expect(synthesis.listeners).toHaveLength(1);
    expect(speech.hasVoice('fr')).toBe(false);
    synthesis.voices = [voice('fr-FR', 'Thomas')];
    for (const listener of synthesis.listeners) listener();
    expect(speech.hasVoice('fr')).toBe(true);
  });

  it('still reads with the language set when no voice matches', () => {
    const synthesis = new FakeSynthesis();
    synthesis.voices = [voice('en-US', 'Sam')];
    const speech = new Speech(fakeEngine(synthesis));
    expect(speech.speak('Bravo !', 'fr')).toBe(true);
    expect(synthesis.spoken[0]?.voice).toBeNull();
    expect(synthesis.spoken[0]?.lang).toBe('fr-FR');
  });

  it('does nothing, without error, when there is no synthesis or no text', () => {
    const none = new Speech(null);
    expect(none.available).toBe(false);
    expect(none.speak('Bonjour', 'fr')).toBe(false);
    none.stop();
    expect(none.speaking).toBeNull();

    const synthesis = new FakeSynthesis();
    const speech = new Speech(fakeEngine(synthesis));
    expect(speech.speak('   ', 'fr')).toBe(false);
    expect(synthesis.spoken).toEqual([]);
  });

  it('recovers when the engine throws while speaking', () => {
    const synthesis = new FakeSynthesis();
    synthesis.speak = () => {
      throw new Error('not allowed');
    };
    const speech = new Speech(fakeEngine(synthesis));
    expect(speech.speak('Bonjour', 'fr')).toBe(false);
    expect(speech.speaking).toBeNull();
  });
});

describe('browserSpeechEngine', () => {
  it('is null where the browser has no speech synthesis', () => {
    expect(browserSpeechEngine({} as typeof globalThis)).toBeNull();
  });

  it('asks the browser for its synthesis only when first used, and once', () => {
    const synthesis = new FakeSynthesis();
    synthesis.voices = [voice('fr-FR', 'Thomas')];
    let reads = 0;
    const scope = {
      get speechSynthesis() {
        reads += 1;
        return synthesis;
      },
      SpeechSynthesisUtterance: class {
        lang = '';
        voice = null;
        rate = 1;
        onend = null;
        onerror = null;
        constructor(readonly text: string) {}
      },
    } as unknown as typeof globalThis;
    const speech = new Speech(browserSpeechEngine(scope));
    expect(speech.available).toBe(true);
    speech.stop();
    expect(reads).toBe(0);

    expect(speech.speak('Bonjour', 'fr')).toBe(true);
    expect(synthesis.spoken[0]?.voice?.name).toBe('Thomas');
    speech.stop();
    expect(synthesis.cancels).toBe(2);
    expect(reads).toBe(1);
  });
});
