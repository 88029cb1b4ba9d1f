// Messages of the offline app: offline readiness and the new-version banner, which only the
// teacher or animator acts on.
import { defineMessages } from './define';

export const pwa = defineMessages({
  'pwa.section': {
    description: 'Heading of the offline and version section in the settings dialog',
    fr: 'Hors ligne et mises à jour',
    en: 'Offline and updates',
  },
  'pwa.offlineReady': {
    description: 'Status: the whole app is stored on the device and works without Internet',
    fr: 'Parcours fonctionne maintenant sans Internet sur cet appareil.',
    en: 'Parcours now works without Internet on this device.',
  },
  'pwa.offlinePending': {
    description: 'Status: the app is still being stored on the device for offline use',
    fr: 'Préparation du mode hors ligne…',
    en: 'Getting ready to work offline…',
  },
  'pwa.offlineUnsupported': {
    description: 'Status: this browser cannot keep the app for offline use',
    fr: 'Ce navigateur ne peut pas garder Parcours pour une utilisation hors ligne.',
    en: 'This browser cannot keep Parcours for offline use.',
  },
  'pwa.updateReady': {
    description: 'Banner text: a new version of the app was downloaded and waits to be applied',
    fr: 'Une nouvelle version de Parcours est prête.',
    en: 'A new version of Parcours is ready.',
  },
  'pwa.updateHint': {
    description: 'Banner hint: who should apply the update and when',
    fr: 'À installer par l’adulte, entre deux exercices.',
    en: 'For the adult to install, between two exercises.',
  },
  'pwa.updateNow': {
    description: 'Button that applies the new version now (the app reloads)',
    fr: 'Mettre à jour',
    en: 'Update',
  },
  'pwa.updateLater': {
    description: 'Button that hides the new-version banner until the next start',
    fr: 'Plus tard',
    en: 'Later',
  },
  'pwa.updateDuringLevel': {
    description: 'Shown in settings during a level instead of the update button',
    fr: 'Une nouvelle version est prête : elle s’installera depuis l’accueil, pas pendant un exercice.',
    en: 'A new version is ready: install it from the home screen, not during an exercise.',
  },
  'pwa.updating': {
    description: 'Status while the new version is being applied, just before the app reloads',
    fr: 'Mise à jour en cours…',
    en: 'Updating…',
  },
  'pwa.updatedElsewhere': {
    description:
      'Banner: the app was updated from another tab; this tab should be reloaded when convenient',
    fr: 'Parcours a été mis à jour. Il faudra recharger la page après l’exercice.',
    en: 'Parcours was updated. Reload the page after the exercise.',
  },
  'pwa.reload': {
    description: 'Button that reloads the page to finish an update',
    fr: 'Recharger',
    en: 'Reload',
  },
  'pwa.upToDate': {
    description: 'Status: no new version is waiting',
    fr: 'Parcours est à jour.',
    en: 'Parcours is up to date.',
  },
});
