// How each robot kind is reached: its serial line speed and the transports that can carry its
// protocol. Data only. Devices layer.
import type { RobotKind } from '../robots/driver';
import type { TransportKind } from './availability';

export interface RobotLinkProfile {
  readonly robot: RobotKind;
  readonly baudRate: number;
  /** Transports in the order the UI offers them. */
  readonly transports: readonly TransportKind[];
}

export const ROBOT_KINDS: readonly RobotKind[] = [
  'parcours-line',
  'microbit-repl',
  'thymio',
  'mbot',
];

export const ROBOT_LINKS: Readonly<Record<RobotKind, RobotLinkProfile>> = {
  // Our own firmware: Arduino-class boards over USB, micro:bits over USB or Bluetooth UART,
  // and the in-page simulated robot.
  'parcours-line': {
    robot: 'parcours-line',
    baudRate: 115200,
    transports: ['serial', 'usb-serial', 'bluetooth', 'simulator'],
  },
  // The micro:bit's interface chip is CDC-ACM, so the WebUSB polyfill reaches it on Android.
  'microbit-repl': {
    robot: 'microbit-repl',
    baudRate: 115200,
    transports: ['serial', 'usb-serial'],
  },
  thymio: { robot: 'thymio', baudRate: 115200, transports: ['serial', 'usb-serial'] },
  // The mBot's CH340 chip is not CDC-ACM: native Web Serial only.
  mbot: { robot: 'mbot', baudRate: 115200, transports: ['serial'] },
};

/** Whether a robot kind can be reached over a transport. */
export function canCarry(robot: RobotKind, transport: TransportKind): boolean {
  return ROBOT_LINKS[robot].transports.includes(transport);
}
