// Debian's Aseba simulators as robots for tests: asebaplayground (simulated Thymio II robots
// in a scene, run headless with Qt's offscreen platform) and asebadummynode (a bare Aseba node
// without the Thymio's variables). A TCP bridge stands for the Thymio's serial port. The
// drivers' ManualClock moves only when no answer is awaited (the bridge decodes the Aseba
// traffic), so timeouts never fire because a real process was slow; the only real waiting is
// for socket I/O and for the simulators to start. Processes are killed by the test's afterAll.

import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../../src/robots/clock';
import type { DisconnectReason, Transport } from '../../../src/robots/transport';
import {
  AsebaDeframer,
  decodeMessage,
  encodeGetVariables,
  MessageType,
} from '../../../src/robots/thymio/protocol';

function requireTool(tool: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`${tool} is missing: install Debian's aseba package (apt-get install aseba)`);
  }
}

/** A TCP port nobody listens on right now (from 33333 upward, as Aseba does). */
export async function freePort(from = 33333): Promise<number> {
  for (let port = from; port < from + 2000; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free TCP port');
}

/** TCP ports `pid` listens on, from /proc (Linux): its socket inodes matched to LISTEN rows. */
function listeningPorts(pid: number): Set<number> {
  const inodes = new Set<string>();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match) inodes.add(match[1] as string);
      } catch {
        // The descriptor closed while we looked.
      }
    }
  } catch {
    return new Set();
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const row of text.split('\n').slice(1)) {
      const fields = row.trim().split(/\s+/);
      const [local, state, inode] = [fields[1], fields[3], fields[9]];
      if (!local || state !== '0A' || !inode || !inodes.has(inode)) continue;
      ports.add(parseInt(local.slice(local.lastIndexOf(':') + 1), 16));
    }
  }
  return ports;
}

/**
 * Waits until the simulator itself listens on every port (on some port when none is named),
 * and returns the ports it listens on. It never connects to them to find out: it must not connecting to them: an Aseba
 * node serves one client at a time and forgets its current client whenever *any* client
 * disconnects, so a probe connection closed while the real one opens leaves the real one
 * unanswered for good (this was why every test waited 20 s for an answer).
 */
async function waitForListening(
  child: ChildProcess,
  ports: readonly number[],
  limitMs = 20_000,
): Promise<Set<number>> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`simulator exited with ${child.exitCode ?? child.signalCode}`);
    }
    const open = listeningPorts(child.pid as number);
    if (open.size > 0 && ports.every((port) => open.has(port))) return open;
    if (Date.now() > deadline) {
      throw new Error(`the simulator does not listen on ${ports.join(', ') || 'any port'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface Simulator {
  readonly ports: Record<string, number>;
  stop(): Promise<void>;
}

function stopper(child: ChildProcess, dir: string): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

export interface PlaygroundRobot {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** Radians, 0 facing +x. */
  readonly angle: number;
}

export interface PlaygroundWall {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly depth: number;
}

/** Starts asebaplayground with these Thymio robots, each on its own free TCP port. */
export async function startPlayground(
  robots: readonly PlaygroundRobot[],
  walls: readonly PlaygroundWall[] = [],
): Promise<Simulator> {
  requireTool('asebaplayground');
  const dir = mkdtempSync(join(tmpdir(), 'parcours-playground-'));
  const ports: Record<string, number> = {};
  let next = 33333;
  for (const robot of robots) {
    ports[robot.name] = await freePort(next);
    next = (ports[robot.name] as number) + 1;
  }
  const scene = [
    '<!DOCTYPE aseba-playground>',
    '<aseba-playground>',
    '  <color name="wall" r="0.9" g="0.9" b="0.9" />',
    '  <world w="200" h="200" color="wall"/>',
    ...walls.map(
      (wall) =>
        `  <wall x="${wall.x}" y="${wall.y}" l1="${wall.width}" l2="${wall.depth}" h="10" color="wall" />`,
    ),
    ...robots.map(
      (robot) =>
        `  <robot type="thymio2" x="${robot.x}" y="${robot.y}" port="${ports[robot.name]}" angle="${robot.angle}" name="${robot.name}"/>`,
    ),
    '</aseba-playground>',
  ].join('\n');
  const file = join(dir, 'scene.playground');
  writeFileSync(file, scene);
  const child = spawn('asebaplayground', [file], {
    cwd: dir,
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', HOME: dir, XDG_RUNTIME_DIR: dir },
    stdio: 'ignore',
  });
  const stop = stopper(child, dir);
  try {
    await waitForListening(child, Object.values(ports));
  } catch (error) {
    await stop();
    throw error;
  }
  return { ports, stop };
}

/** Starts asebadummynode (a bare Aseba node with no Thymio variables) on a free port. */
export async function startDummyNode(): Promise<Simulator> {
  requireTool('asebadummynode');
  const dir = mkdtempSync(join(tmpdir(), 'parcours-dummynode-'));
  // Port 0: the node picks a free port itself (found from /proc), so parallel runs never clash.
  const child = spawn('asebadummynode', ['--port', '0', '4'], {
    cwd: dir,
    env: { ...process.env, HOME: dir },
    stdio: 'ignore',
  });
  const stop = stopper(child, dir);
  try {
    const [port] = await waitForListening(child, []);
    return { ports: { dummy: port as number }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Requests that expect an answer, and the answer type that settles them. */
const ANSWERS: Record<number, number> = {
  [MessageType.LIST_NODES]: MessageType.NODE_PRESENT,
  [MessageType.GET_NODE_DESCRIPTION]: MessageType.DESCRIPTION,
  [MessageType.GET_VARIABLES]: MessageType.VARIABLES,
};

/** Real time a simulator may take to answer before the bridge stops waiting for it. */
const ANSWER_GRACE_MS = 5_000;

/** A Transport over TCP to an Aseba node, with a clock that waits for the node's answers. */
export class AsebaBridge {
  readonly clock = new ManualClock();
  /** Messages the node sent, decoded. */
  readonly received: ReturnType<typeof decodeMessage>[] = [];
  readonly #socket: Socket;
  readonly #fromHost = new AsebaDeframer();
  readonly #fromNode = new AsebaDeframer();
  #awaiting: number[] = [];
  /**
   * Variable descriptions still to come after a DESCRIPTION (what the driver waits for; the
   * event and function descriptions are not counted: asebadummynode never sends those it
   * announces).
   */
  #descriptionLeft = 0;
  /** Real time of the last request or answer (Date.now()). */
  #lastTraffic = Date.now();
  #listeners = new Set<(chunk: Uint8Array) => void>();
  #disconnectListeners = new Set<(reason: DisconnectReason) => void>();
  #closed = false;

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (data: Buffer) => {
      const chunk = new Uint8Array(data);
      for (const frame of this.#fromNode.push(chunk)) {
        const message = decodeMessage(frame);
        this.received.push(message);
        this.#lastTraffic = Date.now();
        const at = this.#awaiting.indexOf(frame.type);
        if (at >= 0) this.#awaiting.splice(at, 1);
        if (message.kind === 'description') {
          this.#descriptionLeft = message.namedVariables;
        } else if (this.#descriptionLeft > 0 && message.kind === 'variable-description') {
          this.#descriptionLeft--;
        }
      }
      for (const listener of [...this.#listeners]) listener(chunk);
    });
    socket.on('close', () => this.#lose('lost'));
  }

  static async connect(port: number): Promise<AsebaBridge> {
    const socket = new Socket();
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('error', reject);
      socket.connect(port, '127.0.0.1');
    });
    socket.setNoDelay(true);
    return new AsebaBridge(socket);
  }

  /**
   * No answer is awaited. An answer still missing after ANSWER_GRACE_MS of real time is given
   * up, so the driver's own timeout fires (and the test fails with its error) instead of a hang.
   */
  get idle(): boolean {
    if (this.#awaiting.length === 0 && this.#descriptionLeft === 0) return true;
    if (Date.now() - this.#lastTraffic < ANSWER_GRACE_MS) return false;
    this.#awaiting = [];
    this.#descriptionLeft = 0;
    return true;
  }

  /** Host bytes to the node (also used by tests for raw requests). */
  send(bytes: Uint8Array): void {
    for (const frame of this.#fromHost.push(bytes)) {
      const answer = ANSWERS[frame.type];
      if (answer !== undefined) this.#awaiting.push(answer);
    }
    this.#lastTraffic = Date.now();
    this.#socket.write(bytes);
  }

  transport(): Transport {
    return {
      write: async (bytes) => {
        if (this.#closed) throw new Error('closed');
        this.send(Uint8Array.from(bytes));
      },
      onData: (listener) => {
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
      },
      onDisconnect: (listener) => {
        this.#disconnectListeners.add(listener);
        return () => this.#disconnectListeners.delete(listener);
      },
      close: async () => this.close(),
    };
  }

  /**
   * Runs until `promise` settles: socket I/O flows freely; the clock jumps to the next timer
   * only while no answer is awaited. `untilMs` stops early at that clock time instead.
   */
  async run<T>(promise: Promise<T>, untilMs?: number): Promise<T | undefined> {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    const deadline = Date.now() + 20_000;
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (settled) return promise;
      if (untilMs !== undefined && this.clock.now() >= untilMs) return undefined;
      if (Date.now() > deadline) throw new Error('the Aseba node did not answer in 20 s');
      if (!this.idle) {
        await new Promise((resolve) => setTimeout(resolve, 1)); // socket I/O
        continue;
      }
      const next = this.clock.nextDue();
      if (next === null) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        continue;
      }
      this.clock.advanceTo(untilMs === undefined ? next : Math.min(next, untilMs));
    }
  }

  /** Runs host code and I/O until the clock reaches `ms` from now. */
  async advance(ms: number): Promise<void> {
    await this.run(new Promise<never>(() => undefined), this.clock.now() + ms);
  }

  /** Reads variables directly, past the driver (the driver ignores answers it did not ask for). */
  async readVariables(node: number, start: number, count: number): Promise<number[]> {
    const before = this.received.length;
    this.send(encodeGetVariables(node, start, count));
    const deadline = Date.now() + ANSWER_GRACE_MS;
    for (;;) {
      const found = this.received
        .slice(before)
        .find((message) => message.kind === 'variables' && message.start === start);
      if (found && found.kind === 'variables') return [...found.values];
      if (Date.now() > deadline) throw new Error(`no VARIABLES answer from node ${node}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }

  close(): void {
    if (this.#closed) return;
    this.#socket.destroy();
    this.#lose('closed');
  }

  #lose(reason: DisconnectReason): void {
    if (this.#closed && reason === 'lost') return;
    this.#closed = true;
    for (const listener of [...this.#disconnectListeners]) listener(reason);
    this.#disconnectListeners.clear();
  }
}
