// Messages of the app shell: the header bar on every screen (home link, language switcher,
// read-aloud and settings buttons) and the read-aloud buttons other screens reuse.
import { defineMessages } from './define';

export const shell = defineMessages({
  'shell.header': {
    description: 'Accessible name of the header bar at the top of every screen',
    fr: 'Barre de l’application',
    en: 'App bar',
  },
  'shell.homeLink': {
    description: 'Accessible name of the logo link in the header that goes back to the home screen',
    fr: 'Parcours, accueil',
    en: 'Parcours, home',
  },
  'shell.languageSwitcher': {
    description: 'Accessible name of the group of buttons that switch the language of the app',
    fr: 'Changer de langue',
    en: 'Change language',
  },
  'shell.readAloud': {
    description:
      'Button that reads the screen’s instructions aloud (for pupils who cannot read yet)',
    fr: 'Écouter',
    en: 'Listen',
  },
  'shell.readInstructions': {
    description: 'Button beside a level’s instructions that reads them aloud',
    fr: 'Écouter la consigne',
    en: 'Listen to the instructions',
  },
  'shell.readResult': {
    description: 'Button in the result dialog that reads the result aloud',
    fr: 'Écouter le résultat',
    en: 'Listen to the result',
  },
  'shell.stopReading': {
    description: 'Button that stops the reading aloud in progress',
    fr: 'Arrêter la lecture',
    en: 'Stop reading',
  },
  'shell.settings': {
    description: 'Button in the header that opens the settings (language, display, read-aloud)',
    fr: 'Réglages',
    en: 'Settings',
  },
  'shell.nothingToRead': {
    description:
      'Announced to screen readers when the read-aloud button finds no text on the screen',
    fr: 'Il n’y a rien à lire sur cet écran.',
    en: 'There is nothing to read on this screen.',
  },
  'shell.languageChanged': {
    description: 'Announced to screen readers after the language changed; {language} is its name',
    fr: 'Langue : {language}',
    en: 'Language: {language}',
  },
});
