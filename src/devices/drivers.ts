// The robot drivers the app ships, by robot kind: the composition root hands them to the
// connection session. A kind without a driver here is not offered in the robot panel.
// Devices layer: a table of the robots layer's factories, nothing more.
import type { DriverFactory, RobotKind } from '../robots/driver';
import { createParcoursLineDriver } from '../robots/parcours-line/driver';

export const ROBOT_DRIVERS: Readonly<Partial<Record<RobotKind, DriverFactory>>> = {
  'parcours-line': createParcoursLineDriver,
};
