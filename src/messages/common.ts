// Messages shared across features: app name, generic buttons, languages.
import { defineMessages } from './define';

export const common = defineMessages({
  'app.name': { description: 'Product name, shown in the header', fr: 'Parcours', en: 'Parcours' },
  'app.tagline': {
    description: 'Short line under the product name on the home screen',
    fr: 'Programme le robot, pas à pas',
    en: 'Program the robot, step by step',
  },
  'common.back': {
    description: 'Button going back to the previous screen',
    fr: 'Retour',
    en: 'Back',
  },
  'common.close': { description: 'Button closing a dialog', fr: 'Fermer', en: 'Close' },
  'common.cancel': { description: 'Button cancelling an action', fr: 'Annuler', en: 'Cancel' },
  'common.save': { description: 'Button saving a form', fr: 'Enregistrer', en: 'Save' },
  'common.delete': { description: 'Button deleting an item', fr: 'Supprimer', en: 'Delete' },
  'common.language': { description: 'Label of the language picker', fr: 'Langue', en: 'Language' },
  'common.language.fr': {
    description: 'Name of the French language, in any locale',
    fr: 'Français',
    en: 'Français',
  },
  'common.language.en': {
    description: 'Name of the English language, in any locale',
    fr: 'English',
    en: 'English',
  },
  'common.loading': {
    description: 'Shown while a screen loads',
    fr: 'Chargement…',
    en: 'Loading…',
  },
  'common.notFound': {
    description: 'Shown when an address in the app points nowhere',
    fr: 'Cette page n’existe pas.',
    en: 'This page does not exist.',
  },
  'common.home': { description: 'Link to the home screen', fr: 'Accueil', en: 'Home' },
});
