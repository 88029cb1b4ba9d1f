// The robot half of the composition root, loaded on demand: picks the device APIs (the
// browser's Web Serial, WebUSB and Web Bluetooth, or the test bridges an end-to-end test
// installed with `?bridge=test` or a `parcours-bridge=test` cookie, and always the demo robot),
// the drivers of every robot kind, and builds the robot state the dock and panel show. The
// motors stop when the page is hidden or unloaded. src/main.ts imports it lazily.
import { RobotSession } from '../devices/session';
import { ROBOT_DRIVERS } from '../devices/drivers';
import { stopWhenPageHides } from '../devices/page-guard';
import {
  TEST_BRIDGE_GLOBAL,
  browserDeviceApis,
  connectorsFor,
  factsFor,
  testBridgeRequested,
  withTestBridge,
  type TestBridge,
} from '../devices/browser-apis';
import { RobotState, type RobotStateDeps } from '../ui/robot/robot.svelte';
import { repositoryProfiles } from '../ui/robot/robot-profiles';
import type { AppStorage } from '../storage/index';

export interface RobotStackOptions {
  readonly window: Window;
  readonly document: Document;
  readonly navigator: Navigator;
  readonly storage: Pick<AppStorage, 'robots' | 'attempts'>;
  readonly t: RobotStateDeps['t'];
  readonly announce: NonNullable<RobotStateDeps['announce']>;
}

export function createRobotState(options: RobotStackOptions): RobotState {
  const { window, document, navigator, storage } = options;
  const testBridge = testBridgeRequested(window.location.search, document.cookie)
    ? (window as unknown as Record<string, TestBridge | undefined>)[TEST_BRIDGE_GLOBAL]
    : undefined;
  const deviceApis = withTestBridge(browserDeviceApis(navigator), testBridge);
  const session = new RobotSession({
    connectors: connectorsFor(deviceApis, testBridge?.clock),
    drivers: ROBOT_DRIVERS,
    ...(testBridge?.clock ? { clock: testBridge.clock } : {}),
  });
  stopWhenPageHides({ document, window }, () => void session.stop());
  return new RobotState({
    session,
    profiles: repositoryProfiles(storage.robots),
    facts: factsFor(deviceApis, {
      secureContext: window.isSecureContext,
      userAgent: navigator.userAgent,
      maxTouchPoints: navigator.maxTouchPoints,
    }),
    attempts: storage.attempts,
    t: options.t,
    announce: options.announce,
  });
}
