// The deferred audio context given to Blockly: no real AudioContext opens while the workspace is
// injected; the first touch or key press opens one and decodes the sounds asked for meanwhile;
// playing goes through the real context; the browser's constructor is always put back.
import { describe, expect, it } from 'vitest';
import {
  DeferredAudioContext,
  withDeferredAudio,
  type AudioScope,
} from '../../../../src/ui/player/deferred-audio';

/** A fake Web Audio context recording what it was asked to do. */
class FakeContext {
  static opened = 0;
  state: AudioContextState = 'running';
  currentTime = 1.5;
  destination = { kind: 'destination' };
  decoded: ArrayBuffer[] = [];
  constructor() {
    FakeContext.opened += 1;
  }
  decodeAudioData(data: ArrayBuffer, success?: DecodeSuccessCallback | null) {
    this.decoded.push(data);
    const buffer = { length: data.byteLength } as unknown as AudioBuffer;
    success?.(buffer);
    return Promise.resolve(buffer);
  }
  createBufferSource() {
    return { kind: 'source' };
  }
  resume() {
    this.state = 'running';
    return Promise.resolve();
  }
  close() {
    this.state = 'closed';
    return Promise.resolve();
  }
}

function fakeScope(): AudioScope & { target: EventTarget; listeners: () => number } {
  const target = new EventTarget();
  const listening = new Set<string>();
  return {
    target,
    AudioContext: FakeContext as unknown as typeof AudioContext,
    addEventListener: (type, listener, options) => {
      listening.add(type);
      target.addEventListener(type, listener, options);
    },
    removeEventListener: (type, listener, options) => {
      listening.delete(type);
      target.removeEventListener(type, listener, options);
    },
    listeners: () => listening.size,
  };
}

const Real = FakeContext as unknown as typeof AudioContext;

describe('DeferredAudioContext', () => {
  it('opens no real context until a gesture, then decodes the sounds asked for', async () => {
    FakeContext.opened = 0;
    const scope = fakeScope();
    const context = new DeferredAudioContext(Real, scope);
    const sounds: AudioBuffer[] = [];
    const decoded = context.decodeAudioData(new ArrayBuffer(8), (buffer) => sounds.push(buffer));
    expect(FakeContext.opened).toBe(0);
    expect(context.state).toBe('suspended');
    expect(context.currentTime).toBe(0);
    expect(sounds).toEqual([]);

    scope.target.dispatchEvent(new Event('pointerdown'));
    expect(FakeContext.opened).toBe(1);
    expect(context.opened).toBe(true);
    expect(context.state).toBe('running');
    expect(await decoded).toEqual({ length: 8 });
    expect(sounds).toHaveLength(1);
    expect(scope.listeners()).toBe(0);

    scope.target.dispatchEvent(new Event('keydown'));
    expect(FakeContext.opened).toBe(1);
    expect(context.createBufferSource()).toEqual({ kind: 'source' });
  });

  it('listens for gestures only while sounds wait to be decoded', () => {
    const scope = fakeScope();
    const context = new DeferredAudioContext(Real, scope);
    expect(scope.listeners()).toBe(0);
    void context.decodeAudioData(new ArrayBuffer(1));
    void context.decodeAudioData(new ArrayBuffer(2));
    expect(scope.listeners()).toBe(2);
    void context.close();
    expect(scope.listeners()).toBe(0);
    expect(context.state).toBe('closed');
  });

  it('opens the real context when Blockly resumes it', async () => {
    FakeContext.opened = 0;
    const context = new DeferredAudioContext(Real, fakeScope());
    await context.resume();
    expect(FakeContext.opened).toBe(1);
    expect(context.currentTime).toBe(1.5);
  });
});

describe('withDeferredAudio', () => {
  it('lends the stand-in during the injection and puts the real constructor back', () => {
    FakeContext.opened = 0;
    const scope = fakeScope();
    const made = withDeferredAudio(scope, () => new scope.AudioContext!());
    expect(made).toBeInstanceOf(DeferredAudioContext);
    expect(FakeContext.opened).toBe(0);
    expect(scope.AudioContext).toBe(FakeContext);
  });

  it('puts the real constructor back when the injection throws', () => {
    const scope = fakeScope();
    expect(() =>
      withDeferredAudio(scope, () => {
        throw new Error('inject failed');
      }),
    ).toThrow('inject failed');
    expect(scope.AudioContext).toBe(FakeContext);
  });

  it('runs the injection as is where there is no Web Audio', () => {
    const scope = { ...fakeScope(), AudioContext: undefined };
    expect(withDeferredAudio(scope, () => 42)).toBe(42);
  });
});
