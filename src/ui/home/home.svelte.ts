// The home screen's state: the lesson packs on this device and the stars earned on each
// level, read once when the screen opens.
import { localized, type Pack } from '../../core/lesson/types';
import type { AppServices } from '../context';

export interface LevelTile {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly stars: number;
  readonly href: string;
  /** The level to play next: the first one without stars in the first unfinished pack. */
  readonly next: boolean;
}

export interface PackCard {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly ages: { readonly min: number; readonly max: number } | null;
  readonly levels: readonly LevelTile[];
  readonly stars: number;
}

export class HomeState {
  packs = $state.raw<readonly Pack[]>([]);
  /** Pack id → level id → most stars earned. */
  stars = $state.raw<Readonly<Record<string, Readonly<Record<string, number>>>>>({});
  loaded = $state(false);

  readonly #services: Pick<AppServices, 'i18n' | 'lessons' | 'progress' | 'currentPlayer'>;

  constructor(services: Pick<AppServices, 'i18n' | 'lessons' | 'progress' | 'currentPlayer'>) {
    this.#services = services;
    void this.#load();
  }

  /** The packs as the screen shows them, in the current language. */
  readonly cards = $derived<readonly PackCard[]>(
    this.packs.map((pack) => {
      const locale = this.#services.i18n.contentLocale;
      const earned = this.stars[pack.id] ?? {};
      const next = this.#next;
      const levels = pack.levels.map((level, index) => ({
        id: level.id,
        number: index + 1,
        title: localized(level.title, locale),
        stars: earned[level.id] ?? 0,
        href: `#/play/${encodeURIComponent(pack.id)}/${encodeURIComponent(level.id)}`,
        next: next?.pack === pack.id && next.level === level.id,
      }));
      return {
        id: pack.id,
        title: localized(pack.title, locale),
        description: localized(pack.description, locale),
        ages: pack.ages,
        levels,
        stars: levels.reduce((sum, level) => sum + level.stars, 0),
      };
    }),
  );

  /** Packs are a progression: the next level is the first one without stars, in pack order. */
  readonly #next = $derived.by(() => {
    for (const pack of this.packs) {
      const earned = this.stars[pack.id] ?? {};
      const level = pack.levels.find((candidate) => (earned[candidate.id] ?? 0) === 0);
      if (level) return { pack: pack.id, level: level.id };
    }
    return null;
  });

  async #load(): Promise<void> {
    const packs = await this.#services.lessons.packs();
    await this.#services.currentPlayer.ready;
    const entries = await Promise.all(
      packs.map(async (pack) => {
        try {
          const player = this.#services.currentPlayer.player;
          const earned = await this.#services.progress.starsByLevel(player, pack.id);
          return [pack.id, Object.fromEntries(earned)] as const;
        } catch {
          return [pack.id, {}] as const;
        }
      }),
    );
    const stars: Record<string, Readonly<Record<string, number>>> = Object.fromEntries(entries);
    this.packs = packs;
    this.stars = stars;
    this.loaded = true;
  }
}
