// Read-aloud with the browser's speech synthesis: `speak(text, locale)` reads a text with a
// voice of that language when the device has one (French first), and does nothing, quietly,
// where the browser has no synthesis. Contract: the synthesis engine and the utterance
// constructor are injected, so the class runs in Node tests with fakes and never touches
// `window` itself. Nothing asks the engine anything before the first reading or the first look
// at the voices (Settings): Chromium's `speechSynthesis` getter alone costs a cross-process
// round trip (about 14 ms here) that a cold lesson page should not pay.
import type { Locale } from '../../core/lesson/types';

/** The part of `SpeechSynthesisVoice` used to choose a voice. */
export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
  readonly localService: boolean;
  readonly default: boolean;
}

/** The part of `SpeechSynthesisUtterance` this service sets. */
export interface UtteranceLike {
  lang: string;
  voice: VoiceLike | null;
  rate: number;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** The part of `window.speechSynthesis` this service uses. */
export interface SynthesisLike {
  getVoices(): readonly VoiceLike[];
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
}

export interface SpeechEngine {
  readonly synthesis: SynthesisLike;
  readonly createUtterance: (text: string) => UtteranceLike;
}

const languageTags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * The best voice for a locale: the exact regional voice (fr-FR), then any voice of the language
 * (fr-CA, fr-BE…), preferring voices that work offline; `null` when there is none.
 */
export function pickVoice(voices: readonly VoiceLike[], locale: Locale): VoiceLike | null {
  const tag = languageTags[locale].toLowerCase();
  const normalized = (voice: VoiceLike) => voice.lang.replace('_', '-').toLowerCase();
  const ofLanguage = voices.filter(
    (voice) => normalized(voice) === locale || normalized(voice).startsWith(`${locale}-`),
  );
  const rank = (voice: VoiceLike) =>
    (normalized(voice) === tag ? 0 : 4) + (voice.localService ? 0 : 2) + (voice.default ? 0 : 1);
  return [...ofLanguage].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

export class Speech {
  /** The text being read, or null when silent. */
  speaking = $state<string | null>(null);
  /** The voices the device offers (they often arrive after the page loads). */
  voices = $state.raw<readonly VoiceLike[]>([]);

  readonly #engine: SpeechEngine | null;
  #watching = false;

  constructor(engine: SpeechEngine | null) {
    this.#engine = engine;
  }

  /**
   * Reads the device's voices and follows their changes from now on. Called by the screens that
   * show voices (Settings) and by the first reading; never from a template expression.
   */
  watchVoices(): void {
    const engine = this.#engine;
    if (!engine || this.#watching) return;
    this.#watching = true;
    this.voices = safeVoices(engine.synthesis);
    try {
      engine.synthesis.addEventListener('voiceschanged', () => {
        this.voices = safeVoices(engine.synthesis);
      });
    } catch {
      // An engine without the event keeps the voices it listed first.
    }
  }

  /** Whether this browser can read aloud at all. */
  get available(): boolean {
    return this.#engine !== null;
  }

  /** Whether the device has a voice for a locale (otherwise another voice reads). */
  hasVoice(locale: Locale): boolean {
    return pickVoice(this.voices, locale) !== null;
  }

  /** Reads a text aloud, interrupting whatever was being read. Returns false if it cannot. */
  speak(text: string, locale: Locale): boolean {
    const engine = this.#engine;
    const words = text.replace(/\s+/g, ' ').trim();
    if (!engine || words === '') return false;
    this.watchVoices();
    const done = () => {
      if (this.speaking === words) this.speaking = null;
    };
    try {
      engine.synthesis.cancel();
      const utterance = engine.createUtterance(words);
      utterance.lang = languageTags[locale];
      utterance.voice = pickVoice(this.voices, locale);
      // Slightly slower than the default: the listeners are young pupils.
      utterance.rate = 0.9;
      utterance.onend = done;
      utterance.onerror = done;
      this.speaking = words;
      engine.synthesis.speak(utterance);
    } catch {
      // Some engines refuse to speak (no audio device, policy): reading aloud is a bonus.
      this.speaking = null;
      return false;
    }
    return true;
  }

  /** Stops reading (nothing to ask the engine when this service is not reading). */
  stop(): void {
    if (this.speaking === null) return;
    this.#engine?.synthesis.cancel();
    this.speaking = null;
  }
}

function safeVoices(synthesis: SynthesisLike): readonly VoiceLike[] {
  try {
    return synthesis.getVoices();
  } catch {
    return [];
  }
}

/** The browser's speech engine, or null where there is none (some webviews, old tablets). */
export function browserSpeechEngine(scope: typeof globalThis): SpeechEngine | null {
  // `in` looks for the properties without running the getter (see the header).
  if (!('speechSynthesis' in scope) || !('SpeechSynthesisUtterance' in scope)) return null;
  let synthesis: SynthesisLike | undefined;
  return {
    get synthesis() {
      return (synthesis ??= scope.speechSynthesis as unknown as SynthesisLike);
    },
    createUtterance: (text) => new scope.SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
  };
}
