// Messages of the settings panel: language, high-contrast theme, dyslexia-friendly font,
// read-aloud and pictogram mode.
import { defineMessages } from './define';

export const settings = defineMessages({
  'settings.title': {
    description: 'Title of the settings dialog',
    fr: 'Réglages',
    en: 'Settings',
  },
  'settings.language': {
    description: 'Heading of the language choice in the settings dialog',
    fr: 'Langue',
    en: 'Language',
  },
  'settings.display': {
    description: 'Heading of the display choices (contrast, font) in the settings dialog',
    fr: 'Affichage',
    en: 'Display',
  },
  'settings.contrast': {
    description: 'Switch for the high-contrast colours, for pupils who see poorly',
    fr: 'Couleurs très contrastées',
    en: 'High-contrast colours',
  },
  'settings.dyslexicFont': {
    description: 'Switch for the OpenDyslexic font, easier to read for some pupils with dyslexia',
    fr: 'Police adaptée à la dyslexie',
    en: 'Dyslexia-friendly font',
  },
  'settings.help': {
    description:
      'Heading of the reading-help choices (read-aloud, pictograms) in the settings dialog',
    fr: 'Aide à la lecture',
    en: 'Reading help',
  },
  'settings.readAloud': {
    description: 'Switch that shows the buttons reading instructions and results aloud',
    fr: 'Lecture à voix haute',
    en: 'Read aloud',
  },
  'settings.readAloudUnavailable': {
    description: 'Shown under the read-aloud switch when the browser has no speech synthesis',
    fr: 'Cet appareil ne sait pas lire à voix haute.',
    en: 'This device cannot read aloud.',
  },
  'settings.readAloudNoVoice': {
    description:
      'Shown under the read-aloud switch when the device has no voice for the current language',
    fr: 'Aucune voix française sur cet appareil : la lecture utilisera une autre voix.',
    en: 'No English voice on this device: reading will use another voice.',
  },
  'settings.pictograms': {
    description:
      'Switch for the pictogram mode: pictures instead of words, for pupils who cannot read yet',
    fr: 'Mode pictogrammes (pour les enfants qui ne lisent pas encore)',
    en: 'Pictogram mode (for children who cannot read yet)',
  },
  'settings.saved': {
    description: 'Small note in the settings dialog: choices are kept on this device',
    fr: 'Ces réglages sont gardés sur cet appareil.',
    en: 'These settings are kept on this device.',
  },
});
