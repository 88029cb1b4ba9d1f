// Messages of the pictogram mode's pictures (src/ui/pictograms): their spoken names.
import { defineMessages } from './define';

export const pictograms = defineMessages({
  'pictograms.goal.flag': {
    description:
      'Spoken name of the picture (robot, arrow, flag) that replaces the instructions in pictogram mode',
    fr: 'Objectif : amène le robot jusqu’au drapeau',
    en: 'Goal: take the robot to the flag',
  },
  'pictograms.goal.stars': {
    description:
      'Spoken name of the picture (robot, arrow, stars) that replaces the instructions in pictogram mode',
    fr: '{n, plural, one {Objectif : ramasse l’étoile} other {Objectif : ramasse les # étoiles}}',
    en: '{n, plural, one {Goal: pick up the star} other {Goal: pick up the # stars}}',
  },
  'pictograms.goal.starsThenFlag': {
    description:
      'Spoken name of the picture (robot, arrow, stars, arrow, flag) that replaces the instructions in pictogram mode',
    fr: '{n, plural, one {Objectif : ramasse l’étoile, puis va jusqu’au drapeau} other {Objectif : ramasse les # étoiles, puis va jusqu’au drapeau}}',
    en: '{n, plural, one {Goal: pick up the star, then go to the flag} other {Goal: pick up the # stars, then go to the flag}}',
  },
});
