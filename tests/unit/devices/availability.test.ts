// Which transports a browser offers, and when the app must say "simulator only".
import { describe, expect, it } from 'vitest';
import {
  availability,
  browserFacts,
  isAppleMobile,
  platformSupport,
  type BrowserFacts,
} from '../../../src/devices/availability';

const chromeDesktop =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36';
const ipad =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15';

function facts(overrides: Partial<BrowserFacts>): BrowserFacts {
  return {
    secureContext: true,
    hasSerial: false,
    hasUsb: false,
    hasBluetooth: false,
    userAgent: chromeDesktop,
    maxTouchPoints: 0,
    ...overrides,
  };
}

describe('availability', () => {
  it('offers native serial and Bluetooth on desktop Chrome, not the USB polyfill', () => {
    const all = availability(facts({ hasSerial: true, hasUsb: true, hasBluetooth: true }));
    expect(all.serial.available).toBe(true);
    expect(all.bluetooth.available).toBe(true);
    expect(all['usb-serial']).toEqual({
      kind: 'usb-serial',
      available: false,
      reason: 'native-preferred',
    });
    expect(all.simulator.available).toBe(true);
  });

  it('offers the USB polyfill where WebUSB exists without Web Serial (older Chrome on Android)', () => {
    const all = availability(facts({ hasUsb: true, hasBluetooth: true }));
    expect(all['usb-serial'].available).toBe(true);
    expect(all.serial).toEqual({ kind: 'serial', available: false, reason: 'no-api' });
  });

  it('says simulator only on an iPad, and knows it is one', () => {
    const ipadFacts = facts({ userAgent: ipad, maxTouchPoints: 5 });
    expect(platformSupport(ipadFacts)).toBe('simulator-only');
    expect(isAppleMobile(ipadFacts)).toBe(true);
    expect(isAppleMobile(facts({ userAgent: ipad, maxTouchPoints: 0 }))).toBe(false);
  });

  it('blames an insecure page rather than the browser', () => {
    const insecure = facts({ secureContext: false, hasSerial: true });
    expect(availability(insecure).serial).toEqual({
      kind: 'serial',
      available: false,
      reason: 'insecure-context',
    });
    expect(platformSupport(insecure)).toBe('insecure-context');
  });

  it('reads the facts from a navigator-like object', () => {
    const read = browserFacts(
      { serial: {}, bluetooth: {}, userAgent: chromeDesktop, maxTouchPoints: 10 },
      true,
    );
    expect(read).toEqual({
      secureContext: true,
      hasSerial: true,
      hasUsb: false,
      hasBluetooth: true,
      userAgent: chromeDesktop,
      maxTouchPoints: 10,
    });
    expect(platformSupport(read)).toBe('full');
  });
});
