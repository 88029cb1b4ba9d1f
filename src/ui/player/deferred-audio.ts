// Blockly adapter (ui layer): sound without the cost of an audio device at page load.
// Blockly 13 builds a Web Audio `AudioContext` in the constructor of every workspace it injects
// — the pupil's workspace, the toolbox flyout and the trashcan's flyout — while the browser keeps
// any context made before the first touch suspended (autoplay policy). Opening one costs tens of
// milliseconds on a tablet, each time, in the middle of the lesson page's load.
// `withDeferredAudio` runs the injection with `AudioContext` standing for `DeferredAudioContext`:
// a stand-in that opens the real context at the pupil's first touch or key press (when sound
// may start) and decodes the sounds Blockly asked for then, before any block can be dropped.
// Only the members Blockly's WorkspaceAudio uses are offered.

/** The page-level things the stand-in needs: the real constructor and gesture events. */
export interface AudioScope {
  AudioContext?: typeof AudioContext;
  addEventListener(type: string, listener: () => void, options?: AddEventListenerOptions): void;
  removeEventListener(type: string, listener: () => void, options?: EventListenerOptions): void;
}

/** What a user gesture is, for the autoplay policy (and so for opening the context). */
const GESTURES = ['pointerdown', 'keydown'] as const;

interface PendingDecode {
  readonly data: ArrayBuffer;
  readonly success: DecodeSuccessCallback | null | undefined;
  readonly failure: DecodeErrorCallback | null | undefined;
  readonly done: (buffer: Promise<AudioBuffer>) => void;
}

export class DeferredAudioContext {
  readonly #Real: typeof AudioContext;
  readonly #scope: AudioScope;
  #real: AudioContext | null = null;
  #closed = false;
  #pending: PendingDecode[] = [];
  readonly #onGesture = () => {
    this.#open();
  };

  constructor(Real: typeof AudioContext, scope: AudioScope) {
    this.#Real = Real;
    this.#scope = scope;
  }

  /** Whether the real context exists yet (for tests and diagnostics). */
  get opened(): boolean {
    return this.#real !== null;
  }

  get state(): AudioContextState {
    return this.#real?.state ?? (this.#closed ? 'closed' : 'suspended');
  }

  get currentTime(): number {
    return this.#real?.currentTime ?? 0;
  }

  get destination(): AudioDestinationNode {
    return this.#open().destination;
  }

  /** Blockly calls this once the page has had a gesture: the real context opens running. */
  async resume(): Promise<void> {
    if (this.#closed) return;
    await this.#open().resume();
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#pending.length > 0) this.#stopListening();
    this.#pending = [];
    await this.#real?.close();
  }

  decodeAudioData(
    data: ArrayBuffer,
    success?: DecodeSuccessCallback | null,
    failure?: DecodeErrorCallback | null,
  ): Promise<AudioBuffer> {
    if (this.#real) return this.#real.decodeAudioData(data, success, failure);
    return new Promise<AudioBuffer>((resolve, reject) => {
      if (this.#pending.length === 0) this.#listen();
      this.#pending.push({
        data,
        success,
        failure,
        done: (buffer) => buffer.then(resolve, reject),
      });
    });
  }

  createBufferSource(): AudioBufferSourceNode {
    return this.#open().createBufferSource();
  }

  createGain(): GainNode {
    return this.#open().createGain();
  }

  createOscillator(): OscillatorNode {
    return this.#open().createOscillator();
  }

  #open(): AudioContext {
    if (this.#real) return this.#real;
    const real = new this.#Real();
    this.#real = real;
    const pending = this.#pending;
    this.#pending = [];
    if (pending.length > 0) this.#stopListening();
    for (const decode of pending)
      decode.done(real.decodeAudioData(decode.data, decode.success, decode.failure));
    return real;
  }

  #listen(): void {
    for (const type of GESTURES)
      this.#scope.addEventListener(type, this.#onGesture, { capture: true, passive: true });
  }

  #stopListening(): void {
    for (const type of GESTURES)
      this.#scope.removeEventListener(type, this.#onGesture, { capture: true });
  }
}

/**
 * Runs `inject` with `AudioContext` meaning a DeferredAudioContext, then puts the browser's
 * constructor back, whatever happens. Where there is no Web Audio, `inject` runs as is.
 */
export function withDeferredAudio<T>(scope: AudioScope, inject: () => T): T {
  const Real: typeof AudioContext | undefined = scope.AudioContext;
  if (!Real) return inject();
  const RealContext: typeof AudioContext = Real;
  scope.AudioContext = class extends DeferredAudioContext {
    constructor() {
      super(RealContext, scope);
    }
  } as unknown as typeof AudioContext;
  try {
    return inject();
  } finally {
    scope.AudioContext = Real;
  }
}
