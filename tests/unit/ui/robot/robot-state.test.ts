// The robot's UI state over a real session, the simulated robot and the real Parcours line
// driver, on simulated time: status words, what this browser offers, names and calibrations
// saved per robot and reused, runs on the robot recorded however they end.
import { describe, expect, it } from 'vitest';
import { RobotState } from '../../../../src/ui/robot/robot.svelte';
import { keyValueProfiles, type RobotProfiles } from '../../../../src/ui/robot/robot-profiles';
import { I18n } from '../../../../src/ui/i18n.svelte';
import { sourceMessageStore } from '../../../../src/messages/format';
import type { AttemptReport } from '../../../../src/ui/context';
import { RobotSession } from '../../../../src/devices/session';
import { simulatorConnector, webSerialConnector } from '../../../../src/devices/connectors';
import { SimulatedRobot } from '../../../../src/devices/simulated-robot';
import type { BrowserFacts } from '../../../../src/devices/availability';
import { ManualClock } from '../../../../src/robots/clock';
import { createParcoursLineDriver } from '../../../../src/robots/parcours-line/driver';
import { restorePack } from '../../../../src/core/lesson/restore';
import type { Program } from '../../../../src/core/program/ir';
import { FakeSerial } from '../../devices/fakes';

const restored = restorePack({
  schemaVersion: 2,
  id: 'robot-pack',
  title: { fr: 'Robot', en: 'Robot' },
  description: { fr: 'Essai', en: 'Test' },
  levels: [
    {
      id: 'line',
      title: { fr: 'Ligne', en: 'Line' },
      instructions: { fr: 'Va au drapeau.', en: 'Go to the flag.' },
      grid: ['>..G'],
      toolbox: ['move_forward'],
    },
  ],
});
if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
const level = restored.pack.levels[0]!;

const threeMoves: Program = {
  main: ['a', 'b', 'c'].map((blockId) => ({ kind: 'forward' as const, blockId })),
  procedures: {},
  blockCount: 3,
  blockCounts: { move_forward: 3 },
};

const chrome: BrowserFacts = {
  secureContext: true,
  hasSerial: true,
  hasUsb: true,
  hasBluetooth: true,
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0',
  maxTouchPoints: 0,
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(options: { profiles?: RobotProfiles; facts?: BrowserFacts } = {}) {
  const clock = new ManualClock();
  const simulator = simulatorConnector(() => new SimulatedRobot({ clock }));
  const serial = new FakeSerial();
  const session = new RobotSession({
    clock,
    connectors: { simulator, serial: webSerialConnector(serial) },
    drivers: { 'parcours-line': createParcoursLineDriver },
  });
  const attempts: AttemptReport[] = [];
  const i18n = new I18n(sourceMessageStore());
  const profiles = options.profiles ?? keyValueProfiles(null);
  const robots = new RobotState({
    session,
    profiles,
    facts: options.facts ?? chrome,
    attempts: { record: async (attempt) => void attempts.push(attempt) },
    t: i18n.t,
    clock: () => clock.now(),
  });
  return { clock, simulator, serial, session, robots, attempts, profiles };
}

async function connectDemo(robots: RobotState): Promise<void> {
  robots.choose('demo');
  await robots.connect('simulator');
  await settle();
}

async function runToEnd(robots: RobotState, clock: ManualClock) {
  let done = false;
  const running = robots
    .runProgram({
      level,
      levelKey: { packId: 'robot-pack', levelId: 'line' },
      player: { pupilId: null, sessionId: null },
      program: threeMoves,
      state: { blocks: { languageVersion: 0, blocks: [] } },
    })
    .finally(() => (done = true));
  return {
    running,
    step: async () => {
      await settle();
      clock.advanceBy(50);
    },
    done: () => done,
  };
}

describe('RobotState', () => {
  it('says the status in words, and names a new robot', async () => {
    const { robots, profiles } = setup();
    expect(robots.badgeText).toBe('Pas de robot');
    expect(robots.badgeTone).toBe('off');
    await connectDemo(robots);
    expect(robots.badgeText).toBe('Robot démo 1 est prêt');
    expect(robots.badgeShort).toBe('Robot démo 1');
    expect(robots.badgeTone).toBe('ok');
    expect(robots.isDemo).toBe(true);
    expect(await profiles.get('parcours-line|sim:1')).toMatchObject({ name: 'Robot démo 1' });
  });

  it('offers only what the browser can do, and says "simulator only" on an iPad', () => {
    const ipad = setup({
      facts: {
        secureContext: true,
        hasSerial: false,
        hasUsb: false,
        hasBluetooth: false,
        userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Version/18.0 Safari/605.1.15',
        maxTouchPoints: 5,
      },
    }).robots;
    expect(ipad.supportText).toBe(
      'Sur iPad, aucun navigateur ne peut piloter un robot : joue avec le simulateur et le robot de démonstration.',
    );
    expect(ipad.transportChoices.every((choice) => !choice.available)).toBe(true);
    const desktop = setup().robots;
    expect(desktop.supportText).toBeNull();
    // Serial has a connector here; Bluetooth has none in this setup; the polyfill gives way.
    expect(desktop.transportChoices).toEqual([
      { kind: 'serial', available: true },
      { kind: 'bluetooth', available: false },
    ]);
    expect(desktop.choices).toEqual(['parcours-line', 'demo']);
  });

  it('tells a closed picker in words', async () => {
    const { robots } = setup();
    await robots.connect('serial');
    expect(robots.errorText).toBe(
      'Aucun robot choisi. Recommence et choisis ton robot dans la liste.',
    );
    expect(robots.badgeText).toBe('Pas de robot');
  });

  it('saves a name and a calibration per robot and reuses them at the next connection', async () => {
    const profiles = keyValueProfiles(null);
    const first = setup({ profiles });
    await connectDemo(first.robots);
    await first.robots.rename('  Bolide  ');
    first.robots.adjust('square', 1);
    first.robots.adjust('turn', -1);
    expect(first.robots.calibrationDirty).toBe(true);
    await first.robots.saveCalibration();
    expect(first.robots.notice).toBe('robot.calibration.saved');
    const saved = first.robots.calibration;
    expect(saved.msPerCm).toBe(52.5);
    expect(saved.quarterTurnMs).toBe(570);

    const second = setup({ profiles });
    await connectDemo(second.robots);
    expect(second.robots.name).toBe('Bolide');
    expect(second.robots.calibration).toEqual(saved);
    expect(second.session.driver?.motion.calibration).toEqual(saved);
  });

  it('runs a program on the robot, following what it confirmed, and records the attempt', async () => {
    const { robots, clock, attempts } = setup();
    await connectDemo(robots);
    const run = await runToEnd(robots, clock);
    expect(robots.running).toBe(true);
    for (let i = 0; i < 400 && !run.done(); i++) await run.step();
    const result = await run.running;
    expect(result?.outcome).toEqual({ kind: 'success' });
    expect(robots.run?.steps).toHaveLength(3);
    expect(robots.run?.pose).toEqual({ x: 3, y: 0, heading: 'E' });
    expect(robots.runText).toBe('Bravo, le robot a réussi le parcours !');
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ on: 'parcours-line', stars: 3, blockCount: 3 });
  });

  it('keeps the attempt of a robot unplugged mid-run and says so', async () => {
    const { robots, clock, attempts, simulator } = setup();
    await connectDemo(robots);
    const run = await runToEnd(robots, clock);
    for (let i = 0; i < 400 && (robots.run?.steps.length ?? 0) < 1; i++) await run.step();
    simulator.lastTransport()?.unplug();
    for (let i = 0; i < 20 && !run.done(); i++) await run.step();
    const result = await run.running;
    expect(result?.outcome).toEqual({ kind: 'error', code: 'disconnected', blockId: 'b' });
    expect(robots.runText).toBe(
      'Le robot a été débranché pendant le parcours. Ton essai est gardé.',
    );
    expect(robots.state.status).toBe('disconnected');
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.outcome).toEqual({ kind: 'error', code: 'disconnected', blockId: 'b' });
  });

  it('STOP ends the run as stopped', async () => {
    const { robots, clock, simulator } = setup();
    await connectDemo(robots);
    const run = await runToEnd(robots, clock);
    const model = simulator.lastTransport()!.robot;
    for (let i = 0; i < 100 && !model.busy; i++) await run.step();
    robots.stop();
    for (let i = 0; i < 20 && !run.done(); i++) await run.step();
    expect((await run.running)?.outcome).toEqual({ kind: 'error', code: 'stopped', blockId: 'a' });
    expect(robots.runText).toBe('Le robot a été arrêté.');
    expect(model.busy).toBe(false);
  });
});
