// The home screen's state: level tiles in the current language with the stars earned, and one
// tile marked as the level to play next — the first without stars, in pack order.
import { describe, expect, it, vi } from 'vitest';
import { HomeState } from '../../../../src/ui/home/home.svelte';
import { I18n } from '../../../../src/ui/i18n.svelte';
import { sourceMessageStore } from '../../../../src/messages/format';
import { restorePack } from '../../../../src/core/lesson/restore';
import type { Pack } from '../../../../src/core/lesson/types';
import type { AppServices, Player } from '../../../../src/ui/context';

function makePack(id: string, levels: readonly string[]): Pack {
  const restored = restorePack({
    schemaVersion: 2,
    id,
    title: { fr: `Parcours ${id}`, en: `Course ${id}` },
    description: { fr: 'Pour les tests', en: 'For tests' },
    levels: levels.map((level) => ({
      id: level,
      title: { fr: `Niveau ${level}`, en: `Level ${level}` },
      instructions: { fr: 'Va au drapeau.', en: 'Go to the flag.' },
      grid: ['>G'],
      toolbox: ['move_forward'],
    })),
  });
  if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
  return restored.pack;
}

const GUEST: Player = { pupilId: null, sessionId: null, groupId: null };
const packs = [makePack('one', ['a', 'b']), makePack('two', ['c', 'd'])];

async function homeWith(stars: Record<string, Record<string, number>>): Promise<HomeState> {
  const services = {
    i18n: new I18n(sourceMessageStore()),
    lessons: { packs: async () => packs, pack: async () => null },
    progress: {
      starsByLevel: async (_player: Player, packId: string) =>
        new Map(Object.entries(stars[packId] ?? {})),
    },
    currentPlayer: { player: GUEST },
  } as unknown as Pick<AppServices, 'i18n' | 'lessons' | 'progress' | 'currentPlayer'>;
  const home = new HomeState(services);
  await vi.waitFor(() => expect(home.loaded).toBe(true));
  return home;
}

const nextLevels = (home: HomeState) =>
  home.cards.flatMap((card) => card.levels.filter((level) => level.next).map((level) => level.id));

describe('HomeState', () => {
  it('marks the very first level as next for a new pupil, and only that one', async () => {
    const home = await homeWith({});
    expect(nextLevels(home)).toEqual(['a']);
    expect(home.cards[0]!.levels[0]).toMatchObject({
      number: 1,
      title: 'Niveau a',
      stars: 0,
      href: '#/play/one/a',
    });
  });

  it('moves on to the first level without stars, into the next pack when one is finished', async () => {
    expect(nextLevels(await homeWith({ one: { a: 3 } }))).toEqual(['b']);
    expect(nextLevels(await homeWith({ one: { a: 1, b: 2 } }))).toEqual(['c']);
    // A level skipped earlier comes first again.
    expect(nextLevels(await homeWith({ one: { b: 3 }, two: { c: 3 } }))).toEqual(['a']);
  });

  it('marks nothing when every level has stars, and adds up the stars per pack', async () => {
    const home = await homeWith({ one: { a: 3, b: 2 }, two: { c: 1, d: 3 } });
    expect(nextLevels(home)).toEqual([]);
    expect(home.cards.map((card) => card.stars)).toEqual([5, 4]);
  });
});
