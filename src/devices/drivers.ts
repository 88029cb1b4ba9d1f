// The robot drivers the app ships, by robot kind: the composition root hands them to the
// connection session. A kind without a driver here is not offered in the robot panel.
// The micro:bit driver installs the Parcours firmware over the raw REPL when the board does
// not run it yet (its default 'if-needed' policy), so a stock MicroPython micro:bit works.
// Devices layer: a table of the robots layer's factories, nothing more.
import type { DriverFactory, RobotKind } from '../robots/driver';
import { createMbotDriver } from '../robots/mbot/driver';
import { createMicrobitReplDriver } from '../robots/microbit-repl/driver';
import { createParcoursLineDriver } from '../robots/parcours-line/driver';
import { createThymioDriver } from '../robots/thymio/driver';

export const ROBOT_DRIVERS: Readonly<Record<RobotKind, DriverFactory>> = {
  'parcours-line': createParcoursLineDriver,
  'microbit-repl': createMicrobitReplDriver,
  thymio: createThymioDriver,
  mbot: createMbotDriver,
};
