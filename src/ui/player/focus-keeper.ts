// Blockly adapter (ui layer): the keyboard focus stays on a workspace element the page moves.
// A browser drops the focus when the focused element is moved in the DOM (`appendChild` and
// `insertBefore` take it out first; `moveBefore` would not, but Blockly 13 does not use it).
// Blockly refocuses after most of its own moves, but not after the frame callback queued by
// `RenderedConnection.highlight()`, which reorders the siblings of a connection's highlight path.
// When a pupil drops a block with the keyboard (Enter in move mode) before that frame has run
// — a busy tablet — the dropped block is one of those siblings: it is moved, the focus falls to
// the page's body and the next arrow key does nothing. `keepFocusThroughMoves` puts the focus
// back on the element that lost it, once the task that moved it is over, unless the pupil moved
// it on purpose (a touch or click elsewhere), the element left the page, or the window lost
// focus.

/** After a touch or click, this long (ms) a lost focus is the user's doing, not a DOM move. */
const POINTER_GRACE_MS = 1000;

/**
 * Watches `container` (Blockly's injection element) and returns a function that stops watching.
 * Only a focus lost to nothing is restored: a focus that moves to another element is a choice.
 */
export function keepFocusThroughMoves(container: HTMLElement): () => void {
  const document = container.ownerDocument;
  let lastPointer = Number.NEGATIVE_INFINITY;

  const onPointer = (event: Event): void => {
    lastPointer = event.timeStamp;
  };
  const onFocusOut = (event: FocusEvent): void => {
    const lost = event.target;
    if (event.relatedTarget !== null) return;
    if (!(lost instanceof HTMLElement || lost instanceof SVGElement)) return;
    if (event.timeStamp - lastPointer < POINTER_GRACE_MS) return;
    // Whoever moved the element may still refocus it in the same task (Blockly mostly does).
    queueMicrotask(() => {
      const active = document.activeElement;
      const fellToNothing = active === null || active === document.body;
      if (!fellToNothing || !document.hasFocus()) return;
      if (!lost.isConnected || !container.contains(lost)) return;
      lost.focus({ preventScroll: true });
    });
  };

  document.addEventListener('pointerdown', onPointer, true);
  document.addEventListener('pointerup', onPointer, true);
  container.addEventListener('focusout', onFocusOut, true);
  return () => {
    document.removeEventListener('pointerdown', onPointer, true);
    document.removeEventListener('pointerup', onPointer, true);
    container.removeEventListener('focusout', onFocusOut, true);
  };
}
