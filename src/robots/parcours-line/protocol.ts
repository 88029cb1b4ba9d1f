// Parcours line protocol, version 1 (spec: docs/protocol/parcours-line.md): pure encoders for
// host commands and a decoder for robot replies. No I/O, no timing. Layer contract (robots):
// pure; the driver beside it does the talking.

export const PROTOCOL_VERSION = 1;

export const MAX_COMMAND_ID = 65535;

export type SensorName = 'obstacle' | 'dist';

export type Command =
  | { readonly type: 'hello'; readonly version: number }
  | { readonly type: 'ping' }
  | { readonly type: 'stop' }
  | {
      readonly type: 'move';
      readonly id: number;
      readonly left: number;
      readonly right: number;
      readonly ms: number;
    }
  | {
      readonly type: 'led';
      readonly id: number;
      readonly r: number;
      readonly g: number;
      readonly b: number;
    }
  | { readonly type: 'tone'; readonly id: number; readonly hz: number; readonly ms: number }
  | { readonly type: 'read'; readonly id: number; readonly sensor: SensorName };

export type ErrorCode =
  | 'syntax'
  | 'toolong'
  | 'unknown'
  | 'range'
  | 'unsupported'
  | 'busy'
  | 'stopped'
  | 'watchdog'
  | 'version';

export type Reply =
  | {
      readonly type: 'hello';
      readonly version: number;
      readonly firmware: string;
      readonly watchdogMs: number;
      readonly capabilities: readonly string[];
    }
  | { readonly type: 'pong' }
  | { readonly type: 'ack'; readonly id: number }
  | { readonly type: 'done'; readonly id: number; readonly value: number | null }
  /** `id` is null for `ERR -`; `code` is kept as sent, known or not. */
  | { readonly type: 'err'; readonly id: number | null; readonly code: string }
  | { readonly type: 'stopped' }
  | { readonly type: 'event'; readonly name: string }
  /** A line that is not a valid reply. */
  | { readonly type: 'invalid'; readonly text: string };

/** Ranges the robot accepts (§2 of the spec). */
export const RANGES = {
  id: [1, MAX_COMMAND_ID],
  power: [-100, 100],
  moveMs: [1, 30000],
  color: [0, 255],
  hz: [20, 20000],
  toneMs: [1, 5000],
} as const satisfies Record<string, readonly [number, number]>;

function checked(value: number, [min, max]: readonly [number, number], name: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer in ${min}..${max}, got ${value}`);
  }
  return value;
}

/** The command as its line of text, LF excluded. Throws RangeError on out-of-range numbers. */
export function formatCommand(command: Command): string {
  switch (command.type) {
    case 'hello':
      return `HELLO ${checked(command.version, [1, 999], 'version')}`;
    case 'ping':
      return 'PING';
    case 'stop':
      return 'STOP';
    case 'move':
      return [
        'M',
        checked(command.id, RANGES.id, 'id'),
        checked(command.left, RANGES.power, 'left'),
        checked(command.right, RANGES.power, 'right'),
        checked(command.ms, RANGES.moveMs, 'ms'),
      ].join(' ');
    case 'led':
      return [
        'LED',
        checked(command.id, RANGES.id, 'id'),
        checked(command.r, RANGES.color, 'r'),
        checked(command.g, RANGES.color, 'g'),
        checked(command.b, RANGES.color, 'b'),
      ].join(' ');
    case 'tone':
      return [
        'TONE',
        checked(command.id, RANGES.id, 'id'),
        checked(command.hz, RANGES.hz, 'hz'),
        checked(command.ms, RANGES.toneMs, 'ms'),
      ].join(' ');
    case 'read':
      return `READ ${checked(command.id, RANGES.id, 'id')} ${command.sensor}`;
  }
}

const encoder = new TextEncoder();

/**
 * The command's bytes: an LF first (an empty line the robot ignores, which ends any noise it
 * received since the last line so it cannot merge into this command), the line, an LF.
 */
export function encodeCommand(command: Command): Uint8Array {
  return encoder.encode(`\n${formatCommand(command)}\n`);
}

const INTEGER = /^-?(0|[1-9][0-9]{0,9})$/;

function parseInteger(token: string | undefined): number | null {
  if (token === undefined || !INTEGER.test(token)) return null;
  return Number(token);
}

function parseId(token: string | undefined): number | null {
  const id = parseInteger(token);
  return id !== null && id >= 1 && id <= MAX_COMMAND_ID ? id : null;
}

/** Decodes one line from the robot (CR and LF already removed by the deframer). */
export function parseReply(text: string): Reply {
  const tokens = text.split(' ').filter((token) => token.length > 0);
  const invalid: Reply = { type: 'invalid', text };
  const [keyword, ...args] = tokens;
  switch (keyword) {
    case 'HELLO': {
      if (args.length !== 4) return invalid;
      const version = parseInteger(args[0]);
      const watchdogMs = parseInteger(args[2]);
      if (version === null || version < 1 || watchdogMs === null || watchdogMs < 1) return invalid;
      const capabilities = (args[3] as string).split(',').filter((cap) => cap.length > 0);
      return { type: 'hello', version, firmware: args[1] as string, watchdogMs, capabilities };
    }
    case 'PONG':
      return args.length === 0 ? { type: 'pong' } : invalid;
    case 'STOPPED':
      return args.length === 0 ? { type: 'stopped' } : invalid;
    case 'ACK': {
      const id = parseId(args[0]);
      return args.length === 1 && id !== null ? { type: 'ack', id } : invalid;
    }
    case 'DONE': {
      const id = parseId(args[0]);
      if (id === null || args.length > 2) return invalid;
      if (args.length === 1) return { type: 'done', id, value: null };
      const value = parseInteger(args[1]);
      return value === null ? invalid : { type: 'done', id, value };
    }
    case 'ERR': {
      if (args.length !== 2) return invalid;
      const id = args[0] === '-' ? null : parseId(args[0]);
      if (id === null && args[0] !== '-') return invalid;
      return { type: 'err', id, code: args[1] as string };
    }
    case 'EVT':
      return args.length === 1 ? { type: 'event', name: args[0] as string } : invalid;
    default:
      return invalid;
  }
}
