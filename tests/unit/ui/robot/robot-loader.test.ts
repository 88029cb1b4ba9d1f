// The lesson page's robot service: nothing is built until the Robot button is tapped, the
// robot code is then built once however many taps, and a failed download can be retried.
import { describe, expect, it } from 'vitest';
import { RobotLoader } from '../../../../src/ui/robot/robot-loader.svelte';
import type { RobotState } from '../../../../src/ui/robot/robot.svelte';

const fakeState = (): RobotState => ({ connected: false }) as unknown as RobotState;

describe('RobotLoader', () => {
  it('builds nothing before the first load', () => {
    let built = 0;
    const loader = new RobotLoader(async () => {
      built += 1;
      return fakeState();
    });
    expect(loader.current).toBeNull();
    expect(built).toBe(0);
  });

  it('builds the robot state once for concurrent and later loads', async () => {
    let built = 0;
    const loader = new RobotLoader(async () => {
      built += 1;
      return fakeState();
    });
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    const c = await loader.load();
    expect(built).toBe(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
    expect(loader.current).toBe(a);
  });

  it('retries after a failed load', async () => {
    let attempts = 0;
    const loader = new RobotLoader(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return fakeState();
    });
    await expect(loader.load()).rejects.toThrow('offline');
    expect(loader.current).toBeNull();
    const state = await loader.load();
    expect(attempts).toBe(2);
    expect(loader.current).toBe(state);
  });
});
