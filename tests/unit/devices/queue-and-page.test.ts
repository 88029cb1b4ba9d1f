// The promise queue runs one operation at a time, failures included; the page guard stops the
// robot when the tab is hidden or the page unloads.
import { describe, expect, it } from 'vitest';
import { OperationQueue } from '../../../src/devices/queue';
import { stopWhenPageHides, type PageLike } from '../../../src/devices/page-guard';

describe('OperationQueue', () => {
  it('starts each operation after the previous one settled, even a failed one', async () => {
    const queue = new OperationQueue();
    const events: string[] = [];
    let release!: () => void;
    const a = queue.run(async () => {
      events.push('a start');
      await new Promise<void>((resolve) => (release = resolve));
      events.push('a end');
      throw new Error('a failed');
    });
    const b = queue.run(async () => {
      events.push('b');
      return 2;
    });
    await Promise.resolve();
    expect(queue.size).toBe(2);
    expect(events).toEqual(['a start']);
    release();
    await expect(a).rejects.toThrow('a failed');
    expect(await b).toBe(2);
    expect(events).toEqual(['a start', 'a end', 'b']);
    expect(queue.size).toBe(0);
  });
});

describe('stopWhenPageHides', () => {
  function page(): PageLike & { doc: EventTarget & { visibilityState: string }; win: EventTarget } {
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const win = new EventTarget();
    return { doc, win, document: doc as never, window: win as never };
  }

  it('stops on a hidden tab, on pagehide and on beforeunload, and can be undone', () => {
    const p = page();
    let stops = 0;
    const undo = stopWhenPageHides(p, () => (stops += 1));
    p.doc.dispatchEvent(new Event('visibilitychange'));
    expect(stops).toBe(0);
    p.doc.visibilityState = 'hidden';
    p.doc.dispatchEvent(new Event('visibilitychange'));
    p.win.dispatchEvent(new Event('pagehide'));
    p.win.dispatchEvent(new Event('beforeunload'));
    expect(stops).toBe(3);
    undo();
    p.win.dispatchEvent(new Event('pagehide'));
    expect(stops).toBe(3);
  });
});
