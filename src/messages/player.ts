// Messages of the pupil's lesson player: level bar, instructions and hints, run controls,
// the blocks-left counter, run results (success, crash, not reached, timeout) and the
// compiler's remarks shown on blocks. Pupils aged 7+ read these: short sentences, "tu".
import { defineMessages } from './define';

export const player = defineMessages({
  'player.levelOf': {
    description: 'Level position in its pack, above the level title',
    fr: 'Niveau {n} sur {total}',
    en: 'Level {n} of {total}',
  },
  'player.previousLevel': {
    description: 'Button going to the previous level of the pack',
    fr: 'Niveau précédent',
    en: 'Previous level',
  },
  'player.nextLevel': {
    description: 'Button going to the next level of the pack',
    fr: 'Niveau suivant',
    en: 'Next level',
  },
  'player.allLevels': {
    description: 'Link back to the home screen listing every level',
    fr: 'Tous les niveaux',
    en: 'All levels',
  },
  'player.levelNav': {
    description: 'Accessible name of the group of level navigation buttons',
    fr: 'Changer de niveau',
    en: 'Change level',
  },
  'player.notFound': {
    description: 'Shown when the address points to a level that does not exist',
    fr: 'Ce niveau n’existe pas.',
    en: 'This level does not exist.',
  },
  'player.instructions': {
    description: 'Accessible name of the panel with the level’s instructions',
    fr: 'Consigne',
    en: 'Instructions',
  },
  'player.hint.first': {
    description: 'Button showing the first hint of a level',
    fr: 'Un indice ?',
    en: 'Need a hint?',
  },
  'player.hint.more': {
    description: 'Button showing the next hint, once one is shown',
    fr: 'Encore un indice',
    en: 'Another hint',
  },
  'player.hint.label': {
    description: 'Label before a hint’s text; {n} is its number',
    fr: 'Indice {n}',
    en: 'Hint {n}',
  },
  'player.stage': {
    description: 'Accessible name of the board where the robot moves',
    fr: 'Le terrain du robot',
    en: 'The robot’s board',
  },
  'player.stage.robot': {
    description: 'Spoken description of the robot on the board; x and y count from 1',
    fr: 'Le robot est sur la case colonne {x}, ligne {y}, et regarde vers {heading, select, N {le haut} E {la droite} S {le bas} other {la gauche}}.',
    en: 'The robot is on the square in column {x}, row {y}, facing {heading, select, N {up} E {right} S {down} other {left}}.',
  },
  'player.stage.goal': {
    description: 'Spoken name of the goal flag on the board',
    fr: 'Drapeau d’arrivée',
    en: 'Finish flag',
  },
  'player.stage.item': {
    description: 'Spoken name of a star to collect on the board',
    fr: 'Étoile à ramasser',
    en: 'Star to pick up',
  },
  'player.stage.crash': {
    description: 'Spoken name of the marker where the robot bumped',
    fr: 'Le robot s’est cogné ici',
    en: 'The robot bumped here',
  },
  'player.workspace': {
    description: 'Accessible name of the area where the pupil assembles blocks',
    fr: 'Ton programme',
    en: 'Your program',
  },
  'player.workspaceLoading': {
    description: 'Shown while the block editor loads',
    fr: 'Les blocs arrivent…',
    en: 'The blocks are coming…',
  },
  'player.blocksLeft': {
    description: 'Counter of blocks the pupil may still add to the program',
    fr: '{n, plural, =0 {Plus aucun bloc} one {Encore # bloc} other {Encore # blocs}}',
    en: '{n, plural, =0 {No blocks left} one {# block left} other {# blocks left}}',
  },
  'player.saved': {
    description: 'Small status above the blocks: the program is saved on this tablet',
    fr: 'Enregistré',
    en: 'Saved',
  },
  'player.saving': {
    description: 'Small status above the blocks while the program is being saved',
    fr: 'Enregistrement…',
    en: 'Saving…',
  },
  'player.saveFailed': {
    description: 'Status above the blocks when the program could not be saved on this tablet',
    fr: 'Le programme n’a pas pu être enregistré.',
    en: 'The program could not be saved.',
  },
  'player.controls': {
    description: 'Accessible name of the group of run buttons',
    fr: 'Faire rouler le robot',
    en: 'Drive the robot',
  },
  'player.run': {
    description: 'Big button running the program on the board',
    fr: 'Lancer',
    en: 'Run',
  },
  'player.step': {
    description: 'Button running the program one action at a time',
    fr: 'Pas à pas',
    en: 'Step',
  },
  'player.reset': {
    description: 'Button putting the robot back on its starting square (keep it short)',
    fr: 'Au départ',
    en: 'Reset',
  },
  'player.speed': {
    description: 'Label of the animation speed choice',
    fr: 'Vitesse',
    en: 'Speed',
  },
  'player.speed.slow': { description: 'Slow animation speed', fr: 'Lent', en: 'Slow' },
  'player.speed.normal': { description: 'Normal animation speed', fr: 'Normal', en: 'Normal' },
  'player.speed.fast': { description: 'Fast animation speed', fr: 'Rapide', en: 'Fast' },
  'player.success.title': {
    description: 'Title of the dialog shown when the program solves the level',
    fr: 'Bravo !',
    en: 'Well done!',
  },
  'player.success.goal': {
    description: 'Success sentence when the level asks to reach the flag',
    fr: 'Le robot est arrivé au drapeau !',
    en: 'The robot reached the flag!',
  },
  'player.success.items': {
    description: 'Success sentence when the level asks to pick up every star',
    fr: 'Le robot a ramassé toutes les étoiles !',
    en: 'The robot picked up every star!',
  },
  'player.success.itemsThenGoal': {
    description: 'Success sentence when the level asks to pick up every star then reach the flag',
    fr: 'Le robot a ramassé toutes les étoiles et il est arrivé au drapeau !',
    en: 'The robot picked up every star and reached the flag!',
  },
  'player.success.blocks': {
    description: 'How many blocks the winning program used',
    fr: 'Ton programme a {n, plural, one {# bloc} other {# blocs}}.',
    en: 'Your program has {n, plural, one {# block} other {# blocks}}.',
  },
  'player.success.fewer': {
    description: 'Encouragement when the pupil earned fewer than 3 stars',
    fr: 'Essaie avec moins de blocs pour gagner plus d’étoiles.',
    en: 'Try with fewer blocks to earn more stars.',
  },
  'player.success.packDone': {
    description: 'Shown in the success dialog of the last level of a pack',
    fr: 'Tu as fini tous les niveaux de ce parcours !',
    en: 'You finished every level of this course!',
  },
  'player.stars': {
    description: 'Spoken number of stars earned, out of three',
    fr: '{n, plural, =0 {Aucune étoile} one {# étoile sur 3} other {# étoiles sur 3}}',
    en: '{n, plural, =0 {No stars} one {# star out of 3} other {# stars out of 3}}',
  },
  'player.replay': {
    description: 'Button closing the success dialog to play the level again',
    fr: 'Rejouer',
    en: 'Play again',
  },
  'player.backToLevels': {
    description: 'Button going back to the list of levels after the last level',
    fr: 'Retour aux niveaux',
    en: 'Back to the levels',
  },
  'player.failure.title': {
    description: 'Title of the message shown when the run did not solve the level',
    fr: 'Pas encore !',
    en: 'Not yet!',
  },
  'player.failure.tryAgain': {
    description: 'Advice after a failed run',
    fr: 'Change ton programme, puis relance.',
    en: 'Change your program, then run it again.',
  },
  'player.outcome.crash.wall': {
    description: 'The robot drove into a wall; {n} is the number of the action that crashed',
    fr: 'Le robot s’est cogné contre un mur à son {n, selectordinal, one {#er} other {#e}} déplacement.',
    en: 'The robot bumped into a wall on its {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} move.',
  },
  'player.outcome.crash.edge': {
    description: 'The robot drove off the board; {n} is the number of the action that crashed',
    fr: 'Le robot est sorti du terrain à son {n, selectordinal, one {#er} other {#e}} déplacement.',
    en: 'The robot drove off the board on its {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} move.',
  },
  'player.outcome.notReached.goal': {
    description: 'The program ended before the robot reached the flag',
    fr: 'Le programme est fini, mais le robot n’est pas arrivé au drapeau.',
    en: 'The program ended, but the robot did not reach the flag.',
  },
  'player.outcome.notReached.facing': {
    description: 'The robot is on the flag but faces the wrong way',
    fr: 'Le robot est sur le drapeau, mais il ne regarde pas dans le bon sens.',
    en: 'The robot is on the flag, but it is not facing the right way.',
  },
  'player.outcome.notReached.items': {
    description: 'The program ended with stars left to pick up',
    fr: 'Il reste {n, plural, one {# étoile} other {# étoiles}} à ramasser.',
    en: 'There {n, plural, one {is # star} other {are # stars}} left to pick up.',
  },
  'player.outcome.timeout': {
    description: 'The program ran too long (an endless loop) and was stopped',
    fr: 'Le robot a fait beaucoup trop de pas : ton programme ne s’arrête jamais ? On l’a arrêté.',
    en: 'The robot took far too many steps: does your program never stop? We stopped it.',
  },
  'player.outcome.error.compile': {
    description: 'The program could not start because of a problem in the blocks',
    fr: 'Le programme ne peut pas démarrer.',
    en: 'The program cannot start.',
  },
  'player.outcome.error.robot': {
    description: 'A real robot stopped answering or reported an error during the run',
    fr: 'Le robot n’a pas pu finir le programme.',
    en: 'The robot could not finish the program.',
  },
  'player.compile.title': {
    description: 'Heading of the message shown when the program cannot start',
    fr: 'Ton programme ne peut pas démarrer',
    en: 'Your program cannot start',
  },
  'player.compile.warnings': {
    description: 'Shown when some blocks have a remark but the program still runs',
    fr: '{n, plural, one {Un bloc a un souci : regarde le bloc marqué.} other {# blocs ont un souci : regarde les blocs marqués.}}',
    en: '{n, plural, one {One block has a problem: look at the marked block.} other {# blocks have a problem: look at the marked blocks.}}',
  },
  'player.diagnostic.no-start-block': {
    description: 'Compiler remark: the start block is missing',
    fr: 'Il manque le bloc « quand je lance ».',
    en: 'The “when I start” block is missing.',
  },
  'player.diagnostic.unattached-block': {
    description: 'Compiler remark on a block not attached under the start block',
    fr: 'Ce bloc n’est pas accroché au programme : il ne fera rien.',
    en: 'This block is not attached to the program: it will do nothing.',
  },
  'player.diagnostic.empty-input': {
    description: 'Compiler remark on a loop or condition with nothing inside',
    fr: 'Ce bloc est vide : mets des blocs dedans.',
    en: 'This block is empty: put blocks inside it.',
  },
  'player.diagnostic.too-many-blocks': {
    description: 'Compiler remark: the program has more blocks than the level allows',
    fr: 'Trop de blocs : {max, plural, one {# bloc} other {# blocs}} au plus.',
    en: 'Too many blocks: {max, plural, one {# block} other {# blocks}} at most.',
  },
  'player.diagnostic.block-limit': {
    description: 'Compiler remark: too many blocks of one kind',
    fr: 'Trop de blocs de ce genre : {limit, plural, one {# seul} other {# au plus}}.',
    en: 'Too many blocks of this kind: {limit, plural, one {only #} other {# at most}}.',
  },
  'player.diagnostic.block-not-allowed': {
    description: 'Compiler remark: a block this level does not offer',
    fr: 'Ce bloc n’est pas permis dans ce niveau.',
    en: 'This block is not allowed in this level.',
  },
  'player.diagnostic.unknown-block': {
    description: 'Compiler remark: a block the app does not know',
    fr: 'Ce bloc est inconnu.',
    en: 'This block is unknown.',
  },
  'player.diagnostic.bad-field': {
    description: 'Compiler remark: a value on a block is not valid',
    fr: 'Une valeur de ce bloc ne va pas.',
    en: 'A value on this block is not valid.',
  },
  'player.diagnostic.unknown-procedure': {
    description: 'Compiler remark: a call to a procedure nobody defined; {name} is A, B or C',
    fr: 'Il n’y a pas de bloc « pour faire {name} ».',
    en: 'There is no “to do {name}” block.',
  },
  'player.diagnostic.duplicate-procedure': {
    description: 'Compiler remark: two procedures with the same name; {name} is A, B or C',
    fr: 'Il y a deux blocs « pour faire {name} ».',
    en: 'There are two “to do {name}” blocks.',
  },
  'player.diagnostic.recursion': {
    description: 'Compiler remark: a procedure calls itself forever; {name} is A, B or C',
    fr: '« {name} » se lance lui-même sans fin.',
    en: '“{name}” runs itself forever.',
  },
  'player.announce.level': {
    description: 'Announced to screen readers when a level opens',
    fr: 'Niveau {n} : {title}',
    en: 'Level {n}: {title}',
  },
});
