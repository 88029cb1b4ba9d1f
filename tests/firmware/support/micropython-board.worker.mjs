// A simulated micro:bit's MCU: real MicroPython (the WebAssembly port) in its own thread, wired
// to shared-memory rings that stand for the USB serial line, and to a simulated clock set by
// the test. It runs in lockstep with the test: whenever it has nothing to do (no byte to read,
// or its program sleeps) it reports itself idle and waits for the next generation (new bytes
// or a later time). Bytes go to the REPL one by one through replProcessChar; a soft reboot
// (Ctrl-D at the friendly prompt) runs main.py as the micro:bit does.

import { workerData, parentPort } from 'node:worker_threads';
import { loadMicroPython } from '@micropython/micropython-webassembly-pyscript';

const { control, rxBuffer, txBuffer, eventBuffer, files } = workerData;
const ctrl = new Int32Array(control);
const rx = new Uint8Array(rxBuffer);
const tx = new Uint8Array(txBuffer);
const events = new Uint8Array(eventBuffer);

// Indices into ctrl (keep in step with micropython-board.ts).
const GEN = 0;
const IDLE_GEN = 1;
const TIME = 2;
const RX_WRITE = 3;
const RX_READ = 4;
const TX_WRITE = 5;
const EVENT_WRITE = 6;
const ECHO_US = 7;

const encoder = new TextEncoder();

function push(ring, index, bytes) {
  let at = Atomics.load(ctrl, index);
  for (const byte of bytes) ring[at++ % ring.length] = byte;
  Atomics.store(ctrl, index, at);
}

const rxAvailable = () => Atomics.load(ctrl, RX_WRITE) - Atomics.load(ctrl, RX_READ);

function rxTake() {
  const at = Atomics.load(ctrl, RX_READ);
  const byte = rx[at % rx.length];
  Atomics.store(ctrl, RX_READ, at + 1);
  return byte;
}

/** Nothing to do: tell the test, then sleep until it brings bytes or time. */
function idle() {
  const gen = Atomics.load(ctrl, GEN);
  if (rxAvailable() > 0) return;
  Atomics.store(ctrl, IDLE_GEN, gen);
  Atomics.notify(ctrl, IDLE_GEN);
  Atomics.wait(ctrl, GEN, gen);
}

const mp = await loadMicroPython({
  stdout: (bytes) => push(tx, TX_WRITE, bytes),
  linebuffer: false,
});

// The hardware side that the Python shim of the `microbit` module calls.
mp.registerJsModule('_board', {
  now: () => Atomics.load(ctrl, TIME),
  echo_us: () => Atomics.load(ctrl, ECHO_US),
  rx_any: () => rxAvailable(),
  /** Up to `max` bytes (all when negative) as a latin-1 string; Ctrl-C comes alone, as "\x03". */
  rx_read: (max) => {
    let text = '';
    while (rxAvailable() > 0 && (max < 0 || text.length < max)) {
      const next = rx[Atomics.load(ctrl, RX_READ) % rx.length];
      if (next === 3) {
        if (text.length === 0) {
          rxTake();
          return '\x03';
        }
        break;
      }
      text += String.fromCharCode(rxTake());
    }
    return text;
  },
  tx_write: (text) => push(tx, TX_WRITE, encoder.encode(text)),
  event: (text) => push(events, EVENT_WRITE, encoder.encode(`${text}\n`)),
  sleep: (ms) => {
    const until = Atomics.load(ctrl, TIME) + ms;
    while (Atomics.load(ctrl, TIME) < until && rxAvailable() === 0) idle();
  },
});

for (const [path, text] of Object.entries(files)) mp.FS.writeFile(`/${path}`, text);

function softReboot() {
  push(tx, TX_WRITE, encoder.encode('MPY: soft reboot\r\n'));
  let source;
  try {
    source = mp.FS.readFile('/main.py', { encoding: 'utf8' });
  } catch {
    source = null;
  }
  if (source !== null) {
    try {
      mp.runPython(source);
    } catch (error) {
      const message = String(error?.message ?? error).replaceAll('\n', '\r\n');
      push(tx, TX_WRITE, encoder.encode(message));
    }
  }
  mp.replInit();
}

mp.replInit();
parentPort.postMessage('ready');
for (;;) {
  if (rxAvailable() === 0) {
    idle();
    continue;
  }
  if (mp.replProcessChar(rxTake()) !== 0) softReboot();
}
