// Blockly's own screen-reader and keyboard words, as far as a Parcours workspace uses them:
// Blockly 13's French message file leaves these in English, so a French pupil with a screen
// reader would hear "Begin stack" and "Moving … after …". These entries override Blockly's
// messages of the same name (see src/blocks/texts.ts), in every locale: the English text is
// Blockly's own. Blockly fills in %1 and %2 itself; they are not ICU placeholders.
import { defineMessages } from './define';

export const blockly = defineMessages({
  'blockly.announceMoveAfter': {
    description:
      'Screen-reader announcement while moving a block with the keyboard: %1 the block, %2 the block it will follow',
    fr: 'Déplacement de %1 après %2.',
    en: 'Moving %1 after %2.',
  },
  'blockly.announceMoveAround': {
    description:
      'Screen-reader announcement while moving a block with the keyboard: %1 the block, %2 the block it will wrap',
    fr: 'Déplacement de %1 autour de %2.',
    en: 'Moving %1 around %2.',
  },
  'blockly.announceMoveBefore': {
    description:
      'Screen-reader announcement while moving a block with the keyboard: %1 the block, %2 the block it will come before',
    fr: 'Déplacement de %1 avant %2.',
    en: 'Moving %1 before %2.',
  },
  'blockly.announceMoveCanceled': {
    description: 'Screen-reader announcement when a keyboard move of a block is cancelled',
    fr: 'Déplacement annulé.',
    en: 'Canceled movement.',
  },
  'blockly.announceMoveInside': {
    description:
      'Screen-reader announcement while moving a block with the keyboard: %1 the block, %2 the block it will go inside',
    fr: 'Déplacement de %1 dans %2.',
    en: 'Moving %1 inside %2.',
  },
  'blockly.announceMoveOf': {
    description:
      'Position among the places a block can go while moving it with the keyboard: %1 of %2',
    fr: '%1 sur %2',
    en: '%1 of %2',
  },
  'blockly.announceMoveTo': {
    description:
      'Screen-reader announcement while moving a block with the keyboard: %1 the block, %2 where it goes',
    fr: 'Déplacement de %1 vers %2.',
    en: 'Moving %1 to %2.',
  },
  'blockly.announceMoveWorkspace': {
    description:
      'Screen-reader announcement while moving a block freely on the workspace: %1 the block',
    fr: 'Déplacement de %1 sur l’espace de travail.',
    en: 'Moving %1 on workspace.',
  },
  'blockly.announceScrolledDown': {
    description: 'Screen-reader announcement when the workspace scrolls down',
    fr: 'Défilement vers le bas.',
    en: 'Scrolled down.',
  },
  'blockly.announceScrolledLeft': {
    description: 'Screen-reader announcement when the workspace scrolls left',
    fr: 'Défilement vers la gauche.',
    en: 'Scrolled left.',
  },
  'blockly.announceScrolledRight': {
    description: 'Screen-reader announcement when the workspace scrolls right',
    fr: 'Défilement vers la droite.',
    en: 'Scrolled right.',
  },
  'blockly.announceScrolledUp': {
    description: 'Screen-reader announcement when the workspace scrolls up',
    fr: 'Défilement vers le haut.',
    en: 'Scrolled up.',
  },
  'blockly.ariaLabelButton': {
    description: 'Spoken kind of a button drawn by Blockly',
    fr: 'bouton',
    en: 'button',
  },
  'blockly.ariaLabelHeading': {
    description: 'Spoken kind of a heading in the block list',
    fr: 'titre',
    en: 'heading',
  },
  'blockly.ariaLabelTrashEmpty': {
    description: 'Spoken name of Blockly’s bin when it is empty',
    fr: 'Corbeille, vide',
    en: 'Trash, currently empty',
  },
  'blockly.ariaTypeFieldDropdown': {
    description: 'Spoken kind of a choice list inside a block',
    fr: 'liste de choix',
    en: 'dropdown',
  },
  'blockly.ariaTypeFieldInput': {
    description: 'Spoken kind of an input inside a block',
    fr: 'champ',
    en: 'input',
  },
  'blockly.ariaTypeFieldNumber': {
    description: 'Spoken kind of a number inside a block (the number of repeats)',
    fr: 'nombre',
    en: 'number',
  },
  'blockly.blockLabelBeginPrefix': {
    description: 'Spoken before the first block of a stack: %1 the block',
    fr: 'Début : %1',
    en: 'Begin %1',
  },
  'blockly.blockLabelBeginStack': {
    description: 'Spoken for the first block of a stack of blocks',
    fr: 'Début de la pile',
    en: 'Begin stack',
  },
  'blockly.blockLabelCollapsed': {
    description: 'Spoken for a folded block',
    fr: 'replié',
    en: 'collapsed',
  },
  'blockly.blockLabelContainer': {
    description: 'Spoken for a block that holds other blocks (a loop, a condition)',
    fr: 'conteneur',
    en: 'container',
  },
  'blockly.blockLabelDisabled': {
    description: 'Spoken for a block that is switched off',
    fr: 'désactivé',
    en: 'disabled',
  },
  'blockly.blockLabelHasBranches': {
    description: 'Spoken for a block with several branches: %1 how many',
    fr: 'a %1 branches',
    en: 'has %1 branches',
  },
  'blockly.blockLabelHasInput': {
    description: 'Spoken for a block with one input',
    fr: 'a une entrée',
    en: 'has input',
  },
  'blockly.blockLabelHasInputs': {
    description: 'Spoken for a block with several inputs',
    fr: 'a des entrées',
    en: 'has inputs',
  },
  'blockly.blockLabelReplaceable': {
    description: 'Spoken for a block that can be replaced',
    fr: 'remplaçable',
    en: 'replaceable',
  },
  'blockly.blockLabelStackBlocks': {
    description: 'Spoken for a stack of blocks: %1 how many blocks',
    fr: '%1 blocs dans la pile',
    en: '%1 stack blocks',
  },
  'blockly.blockLabelStatement': {
    description: 'Spoken kind of a block that is one step of the program',
    fr: 'instruction',
    en: 'statement',
  },
  'blockly.blockLabelValue': {
    description: 'Spoken kind of a block that gives a value',
    fr: 'valeur',
    en: 'value',
  },
  'blockly.bubbleLabelDefault': {
    description: 'Spoken name of a bubble opened from a block',
    fr: 'Bulle',
    en: 'Bubble',
  },
  'blockly.bubbleLabelWarning': {
    description: 'Spoken name of a block’s warning bubble: %1 the warning',
    fr: 'Attention : %1',
    en: 'Warning: %1',
  },
  'blockly.currentBlockAnnouncement': {
    description: 'Screen-reader announcement of the block the keyboard is on: %1 the block',
    fr: 'Bloc actuel : %1',
    en: 'Current block: %1',
  },
  'blockly.fieldLabelEditPrefix': {
    description: 'Spoken name of a value to change inside a block: %1 the value',
    fr: 'Modifier %1',
    en: 'Edit %1',
  },
  'blockly.fieldLabelEmpty': {
    description: 'Spoken for an empty value inside a block',
    fr: 'vide',
    en: 'empty',
  },
  'blockly.iconLabelDefault': {
    description: 'Spoken name of an icon on a block',
    fr: 'Icône',
    en: 'Icon',
  },
  'blockly.iconLabelWarningClosed': {
    description: 'Spoken name of a block’s warning sign, which opens the warning',
    fr: 'Ouvrir l’avertissement',
    en: 'Open Warning',
  },
  'blockly.iconLabelWarningOpen': {
    description: 'Spoken name of a block’s warning sign, which closes the open warning',
    fr: 'Fermer l’avertissement',
    en: 'Close Warning',
  },
  'blockly.inputLabelEmpty': {
    description: 'Spoken for an empty place inside a block',
    fr: 'Vide',
    en: 'Empty',
  },
  'blockly.inputLabelIndex': {
    description: 'Spoken name of an input of a block: %1 its number',
    fr: 'entrée %1',
    en: 'input %1',
  },
  'blockly.inputLabelNumber': {
    description: 'Spoken name of a number input of a block',
    fr: 'nombre',
    en: 'number',
  },
  'blockly.inputLabelStatement': {
    description: 'Spoken name of the place inside a block where other blocks go',
    fr: 'emplacement pour des blocs',
    en: 'statement position',
  },
  'blockly.inputLabelValue': {
    description: 'Spoken name of the place in a block where a value goes',
    fr: 'emplacement pour une valeur',
    en: 'value position',
  },
  'blockly.keyboardNavBlockNavigationHint': {
    description: 'Keyboard hint inside the workspace: %1 the keys',
    fr: 'Utilise %1 pour te déplacer dans les blocs.',
    en: 'Use %1 to navigate inside of blocks.',
  },
  'blockly.keyboardNavFlyoutLabelHint': {
    description: 'Keyboard hint in the list of blocks to take: %1 the key',
    fr: 'Utilise les flèches pour aller à un bloc, ou appuie sur %1 pour aller au titre suivant.',
    en: 'Use the arrow keys to navigate to a block, or press %1 to go to the next heading.',
  },
  'blockly.keyboardNavWorkspaceNavigationHint': {
    description: 'Keyboard hint on the workspace',
    fr: 'Utilise les flèches pour te déplacer.',
    en: 'Use the arrow keys to navigate.',
  },
  'blockly.noParentAnnouncement': {
    description: 'Screen-reader announcement: the current block is not inside another block',
    fr: 'Ce bloc n’est dans aucun autre bloc',
    en: 'Current block has no parent',
  },
  'blockly.openTrash': {
    description: 'Spoken name of Blockly’s bin, which opens it',
    fr: 'Ouvrir la corbeille',
    en: 'Open trash',
  },
  'blockly.parentBlocksAnnouncement': {
    description: 'Screen-reader announcement of the blocks around the current one: %1 the blocks',
    fr: 'Blocs autour : %1',
    en: 'Parent blocks: %1',
  },
  'blockly.resetZoom': {
    description: 'Spoken name of the workspace button that brings the blocks back to normal size',
    fr: 'Taille normale',
    en: 'Reset zoom',
  },
  'blockly.screenreaderHint': {
    description: 'Keyboard hint for screen-reader users: %1 the key',
    fr: 'Utilise les flèches pour te déplacer. Appuie sur %1 pour activer ou couper le mode lecteur d’écran.',
    en: 'Use the arrow keys to navigate. Press %1 to toggle screenreader accessibility mode.',
  },
  'blockly.screenreaderModeDisabled': {
    description: 'Announcement: screen-reader mode is off: %1 the key',
    fr: 'Le mode lecteur d’écran est coupé, appuie sur %1 pour l’activer',
    en: 'Screenreader mode is off, press %1 to turn it on',
  },
  'blockly.screenreaderModeEnabled': {
    description: 'Announcement: screen-reader mode is on: %1 the key',
    fr: 'Le mode lecteur d’écran est activé, appuie sur %1 pour le couper',
    en: 'Screenreader mode is on, press %1 to turn it off',
  },
  'blockly.workspaceContentsBlocksMany': {
    description: 'Spoken summary of the workspace: %1 stacks of blocks, %2 more (comments)',
    fr: '%1 piles de blocs%2 dans l’espace de travail.',
    en: '%1 stacks of blocks%2 in workspace.',
  },
  'blockly.workspaceContentsBlocksOne': {
    description: 'Spoken summary of the workspace with one stack of blocks, %2 more (comments)',
    fr: 'Une pile de blocs%2 dans l’espace de travail.',
    en: 'One stack of blocks%2 in workspace.',
  },
  'blockly.workspaceContentsBlocksZero': {
    description: 'Spoken summary of an empty workspace, %2 more (comments)',
    fr: 'Aucun bloc%2 dans l’espace de travail.',
    en: 'No blocks%2 in workspace.',
  },
  'blockly.workspaceLabelPlain': {
    description: 'Spoken name of the workspace where the program is built',
    fr: 'Espace de travail des blocs.',
    en: 'Blocks workspace.',
  },
  'blockly.zoomIn': {
    description: 'Spoken name of the workspace button that makes the blocks bigger',
    fr: 'Agrandir',
    en: 'Zoom in',
  },
  'blockly.zoomOut': {
    description: 'Spoken name of the workspace button that makes the blocks smaller',
    fr: 'Réduire',
    en: 'Zoom out',
  },
  'blockly.zoomToFitAriaLabel': {
    description: 'Spoken name of the workspace button that shows the whole program',
    fr: 'Tout afficher',
    en: 'Zoom to fit',
  },
});
