// Block icons: small white SVG pictograms drawn on the coloured blocks, as local data URIs
// (no request leaves the origin). Pure data, no side effects on import.

/** Wraps SVG markup drawn on a 24×24 grid into a data URI Blockly can show in an image field. */
function svgIcon(body: string, fill = 'none'): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="${fill}" ` +
    `stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** A colour swatch for the floor-colour dropdowns: a rounded square with a white ring. */
function swatch(color: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">` +
    `<rect x="1.5" y="1.5" width="21" height="21" rx="5" fill="${color}" stroke="#fff" stroke-width="3"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export const ICONS = {
  /** Green flag-like "play" triangle of the start block. */
  start: svgIcon('<path d="M7 4.5v15l12-7.5z" fill="#fff"/>'),
  forward: svgIcon('<path d="M12 20V5"/><path d="M5.5 11.5 12 5l6.5 6.5"/>'),
  turnLeft: svgIcon('<path d="M17 20v-7a5 5 0 0 0-5-5H5"/><path d="M9.5 3.5 5 8l4.5 4.5"/>'),
  turnRight: svgIcon('<path d="M7 20v-7a5 5 0 0 1 5-5h7"/><path d="M14.5 3.5 19 8l-4.5 4.5"/>'),
  repeat: svgIcon(
    '<path d="M4 11V9a4 4 0 0 1 4-4h11"/><path d="m16 2 3 3-3 3"/>' +
      '<path d="M20 13v2a4 4 0 0 1-4 4H5"/><path d="m8 22-3-3 3-3"/>',
  ),
  goal: svgIcon('<path d="M5 21V4"/><path d="M5 4h12l-2.5 4L17 12H5" fill="#fff"/>'),
  /** A signpost: "is there a path?" */
  path: svgIcon('<path d="M12 21v-9"/><path d="M12 3v2"/><path d="M5 5h12l3 3.5-3 3.5H5z"/>'),
  otherwise: svgIcon('<path d="M6 4v7a4 4 0 0 0 4 4h9"/><path d="m15 11 4 4-4 4"/>'),
  /** A paint drop: "what colour is the floor?" */
  floor: svgIcon('<path d="M12 3s6 6.5 6 11a6 6 0 0 1-12 0c0-4.5 6-11 6-11z"/>'),
  collect: svgIcon(
    '<path d="m12 3 2.7 5.6 6.1.8-4.5 4.2 1.1 6.1L12 16.8l-5.4 2.9 1.1-6.1-4.5-4.2 6.1-.8z" fill="#fff"/>',
  ),
  /** A small stack of blocks: a named procedure. */
  procedure: svgIcon(
    '<rect x="4" y="3.5" width="16" height="5" rx="1.5"/><rect x="4" y="10" width="16" height="5" rx="1.5"/>' +
      '<rect x="4" y="16.5" width="10" height="4" rx="1.5"/>',
  ),
  call: svgIcon(
    '<rect x="3" y="4" width="11" height="5" rx="1.5"/><rect x="3" y="15" width="11" height="5" rx="1.5"/>' +
      '<path d="M17 6.5h2.5v11H17"/><path d="m19.5 14.5-2.5 3 2.5 3" stroke="none"/>',
  ),
  swatches: {
    red: swatch('#e0413a'),
    green: swatch('#2fa84f'),
    blue: swatch('#2f6fdb'),
    yellow: swatch('#f4c430'),
  },
} as const;

/** Displayed size of block icons, in workspace pixels. */
export const ICON_SIZE = 34;
export const SWATCH_SIZE = 30;
