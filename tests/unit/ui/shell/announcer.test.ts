// Announcer: polite and assertive announcements, and the same text announced twice in a row
// still changes the live region.
import { describe, expect, it } from 'vitest';
import { Announcer } from '../../../../src/ui/shell/announcer.svelte';

describe('Announcer', () => {
  it('puts polite and assertive texts in their own region', () => {
    const announcer = new Announcer();
    announcer.announce('Niveau 2 : le couloir');
    announcer.announce('Le robot a touché un mur.', 'assertive');
    expect(announcer.polite.trim()).toBe('Niveau 2 : le couloir');
    expect(announcer.assertive.trim()).toBe('Le robot a touché un mur.');
  });

  it('changes the region when the same text is announced again', () => {
    const announcer = new Announcer();
    announcer.announce('Bravo !');
    const first = announcer.polite;
    announcer.announce('Bravo !');
    expect(announcer.polite).not.toBe(first);
    expect(announcer.polite.trim()).toBe('Bravo !');
  });

  it('ignores empty texts and clears on demand', () => {
    const announcer = new Announcer();
    announcer.announce('Prêt');
    announcer.announce('   ');
    expect(announcer.polite).toBe('Prêt');
    announcer.clear();
    expect(announcer.polite).toBe('');
    expect(announcer.assertive).toBe('');
  });
});
