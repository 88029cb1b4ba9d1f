// Messages of the home screen: the lesson packs and their levels as tiles, with stars earned.
import { defineMessages } from './define';

export const home = defineMessages({
  'home.title': {
    description: 'Main heading of the home screen, above the lesson packs',
    fr: 'Choisis un niveau',
    en: 'Pick a level',
  },
  'home.empty': {
    description: 'Shown when no lesson pack is available on this device',
    fr: 'Aucun parcours n’est disponible sur cette tablette.',
    en: 'No course is available on this tablet.',
  },
  'home.levels': {
    description: 'Number of levels in a pack',
    fr: '{n, plural, one {# niveau} other {# niveaux}}',
    en: '{n, plural, one {# level} other {# levels}}',
  },
  'home.ages': {
    description: 'Age range of a pack',
    fr: '{min} à {max} ans',
    en: 'Ages {min} to {max}',
  },
  'home.starsEarned': {
    description: 'Stars earned in a pack, out of the most that can be earned',
    fr: '{n} sur {total, plural, one {# étoile} other {# étoiles}}',
    en: '{n} of {total, plural, one {# star} other {# stars}}',
  },
  'home.level': {
    description: 'Accessible name of a level tile: number, title and stars earned',
    fr: 'Niveau {n} : {title}, {stars, plural, =0 {pas encore d’étoile} one {# étoile} other {# étoiles}}',
    en: 'Level {n}: {title}, {stars, plural, =0 {no stars yet} one {# star} other {# stars}}',
  },
  'home.next': {
    description:
      'Badge on the level tile the pupil should play next (the first one without stars); also read after the tile’s name',
    fr: 'À toi !',
    en: 'Your turn!',
  },
});
