// Screen-reader announcements: any screen calls `announce(text)` (the level opened, the run's
// result, a robot connected) and the shell's LiveRegion renders it in an ARIA live region.
// Contract: state only; the LiveRegion component is the one place that puts it in the DOM.

export type Politeness = 'polite' | 'assertive';

export class Announcer {
  /** The latest polite announcement (read when the screen reader is idle). */
  polite = $state('');
  /** The latest assertive announcement (interrupts: for errors and run results). */
  assertive = $state('');
  #count = 0;

  /**
   * Announces a text. The same text twice in a row is still announced: a non-breaking space is
   * toggled at its end so the live region sees a change.
   */
  announce = (text: string, politeness: Politeness = 'polite'): void => {
    const words = text.trim();
    if (words === '') return;
    this.#count += 1;
    const value = this.#count % 2 === 0 ? `${words}\u00a0` : words;
    if (politeness === 'assertive') this.assertive = value;
    else this.polite = value;
  };

  clear(): void {
    this.polite = '';
    this.assertive = '';
  }
}
