// Measurement 6: a robot command's round trip through the real Parcours line driver and the
// simulated robot behind its simulated transport (a sensor READ: the driver sends it, the robot
// answers ACK then DONE, the driver decodes it and resolves), against a bare echo transport that
// sends the same line back with the same microtask crossings and nothing else. Runs in Node: the
// robots and devices layers used here touch no browser API. Bench-only code.
import { ParcoursLineDriver } from '../../src/robots/parcours-line/driver';
import { SimulatedRobot, SimulatedRobotTransport } from '../../src/devices/simulated-robot';
import { TransportBase } from '../../src/devices/transport-base';
import { metric, type Metric } from '../lib/results';
import { median, sample, summarize } from '../lib/stats';

/** Sends every written chunk straight back, a microtask later each way, like the simulated link. */
class EchoTransport extends TransportBase {
  async write(bytes: Uint8Array): Promise<void> {
    if (!this.isOpen) throw this.closedError();
    const copy = bytes.slice();
    await Promise.resolve();
    queueMicrotask(() => this.emitData(copy));
  }

  async close(): Promise<void> {
    this.finish('closed');
  }
}

/** Writes one line and resolves when all of its bytes have come back. */
function echoRoundTrip(transport: EchoTransport, line: Uint8Array): Promise<void> {
  return new Promise((done, fail) => {
    let received = 0;
    const stop = transport.onData((chunk) => {
      received += chunk.length;
      if (received >= line.length) {
        stop();
        done();
      }
    });
    transport.write(line).catch(fail);
  });
}

const ROUNDS = 10;
const PER_ROUND = 200;

export async function measureRobot(): Promise<{ metrics: Metric[]; details: unknown }> {
  const robot = new SimulatedRobot();
  const link = new SimulatedRobotTransport(robot);
  const driver = new ParcoursLineDriver(link);
  await driver.connect();
  const query = { kind: 'path', direction: 'ahead' } as const;
  if (!driver.canSense(query)) throw new Error('the simulated robot cannot answer `path ahead`');
  if ((await driver.sense(query)) !== true) throw new Error('the simulated robot sees an obstacle');

  const echo = new EchoTransport();
  const line = new TextEncoder().encode('READ 1 obstacle\n');

  const product: number[] = [];
  const floor: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    product.push(...(await sample(PER_ROUND, round === 0 ? 100 : 5, () => driver.sense(query))));
    floor.push(
      ...(await sample(PER_ROUND, round === 0 ? 100 : 5, () => echoRoundTrip(echo, line))),
    );
  }
  await driver.dispose();
  await link.close();
  await echo.close();
  const lines = robot.received.length;

  return {
    metrics: [
      metric(
        'robot.roundTrip',
        'sensor READ round trip (driver + simulated robot)',
        median(product),
        'ms',
        {
          floor: median(floor),
          note: `median of ${product.length}; floor = bare echo of the same line`,
        },
      ),
      metric(
        'robot.roundTrip.p90',
        'sensor READ round trip, 90th percentile',
        summarize(product).p90,
        'ms',
        {
          floor: summarize(floor).p90,
        },
      ),
    ],
    details: {
      product: summarize(product),
      floor: summarize(floor),
      linesReceivedByRobot: lines,
      where: 'Node (tsx): the driver and the simulated robot are layer-pure TypeScript',
    },
  };
}
