// Which ways of reaching a robot this browser offers: Web Serial, Web Serial over WebUSB (the
// polyfill, for Chrome on Android), Web Bluetooth, and the in-page simulated robot, which always
// works. Pure: the composition root passes in the browser facts, tests pass in made-up ones.

export type TransportKind = 'serial' | 'usb-serial' | 'bluetooth' | 'simulator';

export const TRANSPORT_KINDS: readonly TransportKind[] = [
  'serial',
  'usb-serial',
  'bluetooth',
  'simulator',
];

/** Why a way of connecting is not offered. */
export type UnavailableReason =
  /** Device APIs exist only on https:// or localhost pages. */
  | 'insecure-context'
  /** This browser has no such API (Safari, Firefox, iPad, Android WebView). */
  | 'no-api'
  /** Native Web Serial is there and reaches more boards than the WebUSB polyfill. */
  | 'native-preferred';

export type Availability =
  | { readonly kind: TransportKind; readonly available: true }
  | { readonly kind: TransportKind; readonly available: false; readonly reason: UnavailableReason };

/** What the page can see of its browser. */
export interface BrowserFacts {
  readonly secureContext: boolean;
  readonly hasSerial: boolean;
  readonly hasUsb: boolean;
  readonly hasBluetooth: boolean;
  readonly userAgent: string;
  /** navigator.maxTouchPoints: iPadOS reports a Mac user agent but a touch screen. */
  readonly maxTouchPoints: number;
}

/** Reads the facts from a navigator-like object (the composition root passes `navigator`). */
export function browserFacts(nav: object, secureContext: boolean): BrowserFacts {
  const record = nav as Record<string, unknown>;
  return {
    secureContext,
    hasSerial: record['serial'] != null,
    hasUsb: record['usb'] != null,
    hasBluetooth: record['bluetooth'] != null,
    userAgent: typeof record['userAgent'] === 'string' ? record['userAgent'] : '',
    maxTouchPoints: typeof record['maxTouchPoints'] === 'number' ? record['maxTouchPoints'] : 0,
  };
}

/** iPhone, iPad (including iPadOS posing as a Mac): no device API in any browser there. */
export function isAppleMobile(facts: BrowserFacts): boolean {
  if (/iPad|iPhone|iPod/.test(facts.userAgent)) return true;
  return /Macintosh/.test(facts.userAgent) && facts.maxTouchPoints > 1;
}

function check(kind: TransportKind, facts: BrowserFacts, hasApi: boolean): Availability {
  if (!facts.secureContext) return { kind, available: false, reason: 'insecure-context' };
  if (!hasApi) return { kind, available: false, reason: 'no-api' };
  return { kind, available: true };
}

/** Every kind of transport, with whether this browser can use it and why not. */
export function availability(facts: BrowserFacts): Record<TransportKind, Availability> {
  const usb = check('usb-serial', facts, facts.hasUsb);
  return {
    serial: check('serial', facts, facts.hasSerial),
    'usb-serial':
      usb.available && facts.hasSerial
        ? { kind: 'usb-serial', available: false, reason: 'native-preferred' }
        : usb,
    bluetooth: check('bluetooth', facts, facts.hasBluetooth),
    simulator: { kind: 'simulator', available: true },
  };
}

/** How the app should describe this browser's robot support. */
export type PlatformSupport =
  | 'full'
  /** No hardware transport at all: robots can only be simulated. */
  | 'simulator-only'
  /** Same, and the reason is that the page is not served over https. */
  | 'insecure-context';

export function platformSupport(facts: BrowserFacts): PlatformSupport {
  const all = availability(facts);
  const hardware = [all.serial, all['usb-serial'], all.bluetooth];
  if (hardware.some((entry) => entry.available)) return 'full';
  if (hardware.some((entry) => !entry.available && entry.reason === 'insecure-context')) {
    return 'insecure-context';
  }
  return 'simulator-only';
}
