// Messages of the lesson editor (teacher area): packs, the map painter, blocks, words, the
// solver's verdict, play-test, sharing and the printable mat. Read by animators and teachers,
// not by pupils. Select keys are block types, tools, tabs and save states.
import { defineMessages } from './define';

export const editor = defineMessages({
  'editor.home.title': {
    description:
      'Name of the lesson editor; heading of its home screen and of the teacher home card',
    fr: 'Éditeur de leçons',
    en: 'Lesson editor',
  },
  'editor.home.intro': {
    description: 'Editor home: what the editor is for',
    fr: 'Créez vos propres parcours : dessinez la carte, choisissez les blocs, écrivez la consigne, essayez, puis partagez le fichier ou imprimez le tapis.',
    en: 'Make your own packs: draw the map, pick the blocks, write the instructions, try it out, then share the file or print the mat.',
  },
  'editor.link.text': {
    description: 'Teacher home card: what the lesson editor does',
    fr: 'Créez, essayez, partagez et imprimez vos propres niveaux.',
    en: 'Make, try, share and print your own levels.',
  },
  'editor.link.open': {
    description: 'Teacher home card: button opening the lesson editor',
    fr: 'Ouvrir l’éditeur',
    en: 'Open the editor',
  },
  'editor.home.new': {
    description: 'Heading of the form creating a pack',
    fr: 'Nouveau parcours',
    en: 'New pack',
  },
  'editor.home.name': {
    description: 'Label of the field naming a new pack',
    fr: 'Nom du parcours',
    en: 'Name of the pack',
  },
  'editor.home.create': {
    description: 'Button creating a pack',
    fr: 'Créer le parcours',
    en: 'Create the pack',
  },
  'editor.home.nameMissing': {
    description: 'The new pack has no name',
    fr: 'Donnez un nom au parcours.',
    en: 'Give the pack a name.',
  },
  'editor.home.mine': {
    description: 'Heading of the list of packs made or imported on this device, with their number',
    fr: 'Mes parcours ({count, number})',
    en: 'My packs ({count, number})',
  },
  'editor.home.empty': {
    description: 'No pack made or imported yet',
    fr: 'Aucun parcours pour l’instant. Créez-en un ou importez un fichier.',
    en: 'No pack yet. Create one or import a file.',
  },
  'editor.home.levels': {
    description: 'Number of levels of a pack',
    fr: '{count, plural, one {# niveau} other {# niveaux}}',
    en: '{count, plural, one {# level} other {# levels}}',
  },
  'editor.home.open': {
    description: 'Button opening a pack in the editor',
    fr: 'Modifier',
    en: 'Edit',
  },
  'editor.home.duplicate': {
    description: 'Button copying a pack',
    fr: 'Dupliquer',
    en: 'Duplicate',
  },
  'editor.home.copyTitle': {
    description: 'Title of the copy of a pack',
    fr: '{title} (copie)',
    en: '{title} (copy)',
  },
  'editor.home.delete': {
    description: 'Button deleting a pack (asks again)',
    fr: 'Supprimer',
    en: 'Delete',
  },
  'editor.home.confirmDelete': {
    description: 'Button confirming the deletion of a pack',
    fr: 'Oui, supprimer',
    en: 'Yes, delete',
  },
  'editor.home.broken': {
    description: 'A stored pack can no longer be read',
    fr: 'Le parcours « {id} » est illisible.',
    en: 'The pack “{id}” cannot be read.',
  },
  'editor.cancel': {
    description: 'Button cancelling an action',
    fr: 'Annuler',
    en: 'Cancel',
  },
  'editor.export': {
    description: 'Button saving a pack as a file to share',
    fr: 'Exporter',
    en: 'Export',
  },
  'editor.import.title': {
    description: 'Heading of the section importing a pack file',
    fr: 'Importer un parcours',
    en: 'Import a pack',
  },
  'editor.import.help': {
    description: 'How importing works',
    fr: 'Choisissez un fichier de parcours (.json) reçu d’un autre centre. Il est vérifié et montré avant d’être ajouté.',
    en: 'Choose a pack file (.json) from another centre. It is checked and shown before it is added.',
  },
  'editor.import.file': {
    description: 'Button (a file chooser) to pick a pack file to import',
    fr: 'Choisir un fichier de parcours',
    en: 'Choose a pack file',
  },
  'editor.import.rejected': {
    description: 'The chosen file is not a valid pack; nothing was imported',
    fr: '« {file} » ne peut pas être importé ({count, plural, one {# problème} other {# problèmes}}). Rien n’a été ajouté.',
    en: '“{file}” cannot be imported ({count, plural, one {# problem} other {# problems}}). Nothing was added.',
  },
  'editor.import.preview': {
    description: 'Accessible name of the preview of a pack about to be imported',
    fr: 'Aperçu du parcours à importer',
    en: 'Preview of the pack to import',
  },
  'editor.import.renamed': {
    description: 'The imported pack gets another id because this one is taken',
    fr: 'Un parcours porte déjà cet identifiant : celui-ci sera enregistré sous « {id} ».',
    en: 'A pack already has this id: this one will be saved as “{id}”.',
  },
  'editor.import.confirm': {
    description: 'Button importing the previewed pack',
    fr: 'Importer ce parcours ({count, plural, one {# niveau} other {# niveaux}})',
    en: 'Import this pack ({count, plural, one {# level} other {# levels}})',
  },
  'editor.import.failed': {
    description: 'The pack could not be stored',
    fr: 'L’enregistrement a échoué. Rien n’a été ajouté.',
    en: 'Saving failed. Nothing was added.',
  },
  'editor.import.done': {
    description: 'A pack was imported',
    fr: 'Parcours « {title} » importé. Il est prêt pour vos séances.',
    en: 'Pack “{title}” imported. It is ready for your sessions.',
  },
  'editor.pack.missing': {
    description: 'The pack to edit does not exist on this device',
    fr: 'Ce parcours n’existe pas sur cette tablette.',
    en: 'This pack does not exist on this tablet.',
  },
  'editor.pack.invalid': {
    description: 'The stored pack can no longer be read',
    fr: 'Ce parcours est illisible.',
    en: 'This pack cannot be read.',
  },
  'editor.back': {
    description: 'Link back to the list of authored packs',
    fr: 'Retour à mes parcours',
    en: 'Back to my packs',
  },
  'editor.backToLevel': {
    description: 'Link from the print view back to the level',
    fr: 'Retour au niveau',
    en: 'Back to the level',
  },
  'editor.backToEditor': {
    description: 'Play-test bar: link back to the editor',
    fr: 'Retour à l’éditeur',
    en: 'Back to the editor',
  },
  'editor.playtestNote': {
    description: 'Play-test bar: what this screen is',
    fr: 'Essai : vous jouez comme un élève.',
    en: 'Try-out: you play as a pupil would.',
  },
  'editor.save': {
    description: 'Save state of the pack in the toolbar',
    fr: '{state, select, saved {Enregistré} pending {Enregistrement…} invalid {Non enregistré : corrigez les erreurs} failed {Échec de l’enregistrement} other {Enregistré}}',
    en: '{state, select, saved {Saved} pending {Saving…} invalid {Not saved: fix the errors} failed {Saving failed} other {Saved}}',
  },
  'editor.undo': {
    description: 'Button undoing the last change',
    fr: 'Annuler la dernière modification',
    en: 'Undo the last change',
  },
  'editor.redo': {
    description: 'Button redoing the change just undone',
    fr: 'Rétablir la modification',
    en: 'Redo the change',
  },
  'editor.print': {
    description: 'Button opening the print view of the mat, or printing it',
    fr: 'Imprimer le tapis',
    en: 'Print the mat',
  },
  'editor.playtest': {
    description: 'Button playing the level as a pupil would',
    fr: 'Essayer',
    en: 'Try it',
  },
  'editor.levels': {
    description: 'Heading and name of the list of levels of the pack',
    fr: 'Niveaux',
    en: 'Levels',
  },
  'editor.levelNumber': {
    description: 'Number of a level in the pack',
    fr: 'Niveau {n, number}',
    en: 'Level {n, number}',
  },
  'editor.levelHasErrors': {
    description: 'Marker on a level that has errors',
    fr: 'Ce niveau a des erreurs',
    en: 'This level has errors',
  },
  'editor.level.up': {
    description: 'Button moving the level one place up',
    fr: 'Monter le niveau',
    en: 'Move the level up',
  },
  'editor.level.down': {
    description: 'Button moving the level one place down',
    fr: 'Descendre le niveau',
    en: 'Move the level down',
  },
  'editor.level.duplicate': {
    description: 'Button copying the level',
    fr: 'Dupliquer le niveau',
    en: 'Duplicate the level',
  },
  'editor.level.delete': {
    description: 'Button deleting the level (asks again)',
    fr: 'Supprimer le niveau',
    en: 'Delete the level',
  },
  'editor.level.confirmDelete': {
    description: 'Button confirming the deletion of a level',
    fr: 'Supprimer ?',
    en: 'Delete?',
  },
  'editor.level.add': {
    description: 'Button adding a level at the end of the pack',
    fr: 'Ajouter un niveau',
    en: 'Add a level',
  },
  'editor.level.newTitle': {
    description: 'Title of a new level (the author changes it)',
    fr: 'Nouveau niveau',
    en: 'New level',
  },
  'editor.tabs': {
    description: 'Accessible name of the tabs of the level editor',
    fr: 'Parties du niveau',
    en: 'Parts of the level',
  },
  'editor.tab': {
    description: 'Tabs of the level editor',
    fr: '{tab, select, map {Carte} blocks {Blocs} texts {Consigne et indices} pack {Parcours} other {Niveau}}',
    en: '{tab, select, map {Map} blocks {Blocks} texts {Instructions and hints} pack {Pack} other {Level}}',
  },
  'editor.stepper.less': {
    description: 'Button decreasing a number by one; what is the name of the number',
    fr: '{what} : moins',
    en: '{what}: less',
  },
  'editor.stepper.more': {
    description: 'Button increasing a number by one; what is the name of the number',
    fr: '{what} : plus',
    en: '{what}: more',
  },
  'editor.map.width': {
    description: 'Width of the map, in squares',
    fr: 'Largeur (cases)',
    en: 'Width (squares)',
  },
  'editor.map.height': {
    description: 'Height of the map, in squares',
    fr: 'Hauteur (cases)',
    en: 'Height (squares)',
  },
  'editor.map.squareCm': {
    description: 'Side of a square on the printed mat, in centimetres',
    fr: 'Case imprimée (cm)',
    en: 'Printed square (cm)',
  },
  'editor.map.tools': {
    description: 'Accessible name of the painting tools',
    fr: 'Outils de dessin',
    en: 'Drawing tools',
  },
  'editor.map.tool': {
    description: 'Names of the map painting tools',
    fr: '{tool, select, wall {Mur} erase {Gomme} floorred {Rouge} floorgreen {Vert} floorblue {Bleu} flooryellow {Jaune} item {Étoile} start {Départ} goal {Drapeau} other {Outil}}',
    en: '{tool, select, wall {Wall} erase {Eraser} floorred {Red} floorgreen {Green} floorblue {Blue} flooryellow {Yellow} item {Star} start {Start} goal {Flag} other {Tool}}',
  },
  'editor.map.board': {
    description: 'Accessible name of the map grid, with the tool in hand',
    fr: 'Carte du niveau (outil : {tool})',
    en: 'Map of the level (tool: {tool})',
  },
  'editor.map.square': {
    description: 'Accessible name of a square of the map: its column, row and contents',
    fr: 'Case {x, number}, {y, number} : {contents}',
    en: 'Square {x, number}, {y, number}: {contents}',
  },
  'editor.map.empty': {
    description: 'A square of the map with nothing on it',
    fr: 'vide',
    en: 'empty',
  },
  'editor.map.has': {
    description: 'Something on a square of the map',
    fr: '{thing, select, wall {mur} item {étoile} goal {drapeau} other {objet}}',
    en: '{thing, select, wall {wall} item {star} goal {flag} other {object}}',
  },
  'editor.map.colour': {
    description: 'Floor colour of a square of the map',
    fr: 'sol {colour, select, red {rouge} green {vert} blue {bleu} yellow {jaune} other {}}',
    en: '{colour, select, red {red} green {green} blue {blue} yellow {yellow} other {}} floor',
  },
  'editor.map.start': {
    description: 'The robot starts on this square, facing a direction',
    fr: 'départ vers {heading, select, N {le haut} E {la droite} S {le bas} W {la gauche} other {}}',
    en: 'start facing {heading, select, N {up} E {right} S {down} W {left} other {}}',
  },
  'editor.map.help': {
    description: 'How to use the map painter',
    fr: 'Choisissez un outil, puis touchez ou glissez sur la carte. Touchez le départ avec l’outil Départ pour le faire tourner.',
    en: 'Pick a tool, then tap or drag over the map. Tap the start with the Start tool to turn it.',
  },
  'editor.block': {
    description: 'Names of the blocks in the toolbox picker',
    fr: '{type, select, program_start {quand je lance} move_forward {avancer} turn_left {tourner à gauche} turn_right {tourner à droite} repeat_times {répéter n fois} repeat_until_goal {répéter jusqu’au drapeau} if_path {si chemin} if_else_path {si chemin, sinon} while_path {tant qu’il y a un chemin} repeat_until_condition {répéter jusqu’à} if_floor {si couleur du sol} if_else_floor {si couleur du sol, sinon} collect {ramasser} procedure_define {définir une procédure} procedure_call {appeler une procédure} other {bloc}}',
    en: '{type, select, program_start {when I start} move_forward {move forward} turn_left {turn left} turn_right {turn right} repeat_times {repeat n times} repeat_until_goal {repeat until the flag} if_path {if path} if_else_path {if path, else} while_path {while there is a path} repeat_until_condition {repeat until} if_floor {if floor colour} if_else_floor {if floor colour, else} collect {collect} procedure_define {define a procedure} procedure_call {call a procedure} other {block}}',
  },
  'editor.blocks.toolbox': {
    description: 'Heading of the toolbox picker',
    fr: 'Blocs disponibles',
    en: 'Available blocks',
  },
  'editor.blocks.toolboxHelp': {
    description: 'How the toolbox picker works',
    fr: 'Cochez les blocs que les élèves peuvent utiliser ; limitez-en le nombre si besoin.',
    en: 'Tick the blocks pupils may use; limit how many if needed.',
  },
  'editor.blocks.limit': {
    description: 'Checkbox: this block has a limit',
    fr: 'limiter',
    en: 'limit',
  },
  'editor.blocks.limitOf': {
    description: 'Accessible name of the checkbox limiting one block',
    fr: 'Limiter le bloc « {block} »',
    en: 'Limit the “{block}” block',
  },
  'editor.blocks.limitCount': {
    description: 'How many of one block the program may hold',
    fr: 'Nombre de blocs « {block} »',
    en: 'Number of “{block}” blocks',
  },
  'editor.blocks.max': {
    description: 'Heading of the maximum number of blocks',
    fr: 'Nombre de blocs',
    en: 'Number of blocks',
  },
  'editor.blocks.maxOn': {
    description: 'Checkbox limiting the number of blocks of a program',
    fr: 'Limiter le programme',
    en: 'Limit the program',
  },
  'editor.blocks.maxCount': {
    description: 'Most blocks the program may hold',
    fr: 'Blocs au plus',
    en: 'Blocks at most',
  },
  'editor.stars.title': {
    description: 'Heading of the star thresholds',
    fr: 'Étoiles',
    en: 'Stars',
  },
  'editor.stars.auto': {
    description: 'Checkbox: stars follow the shortest solution found by the solver',
    fr: 'Automatiques, d’après la meilleure solution',
    en: 'Automatic, from the best solution',
  },
  'editor.stars.three': {
    description: 'Most blocks for three stars',
    fr: '★★★ jusqu’à (blocs)',
    en: '★★★ up to (blocks)',
  },
  'editor.stars.two': {
    description: 'Most blocks for two stars',
    fr: '★★ jusqu’à (blocs)',
    en: '★★ up to (blocks)',
  },
  'editor.start.title': {
    description: 'Heading of the starting blocks',
    fr: 'Blocs de départ',
    en: 'Starting blocks',
  },
  'editor.start.help': {
    description: 'How starting blocks work',
    fr: 'Les blocs posés ici sont déjà là quand l’élève ouvre le niveau. Verrouillez ceux qu’il ne doit pas bouger.',
    en: 'Blocks placed here are already there when the pupil opens the level. Lock those the pupil must not move.',
  },
  'editor.start.none': {
    description: 'No starting block yet',
    fr: 'Aucun bloc de départ : l’élève commence avec un programme vide.',
    en: 'No starting block: the pupil starts with an empty program.',
  },
  'editor.start.lock': {
    description: 'Checkbox locking a stack of starting blocks, named by its first block',
    fr: 'Verrouiller « {block} »',
    en: 'Lock “{block}”',
  },
  'editor.texts.language': {
    description: 'Accessible name of the language switch of the texts',
    fr: 'Langue des textes',
    en: 'Language of the texts',
  },
  'editor.texts.locale': {
    description: 'Names of the content languages',
    fr: '{locale, select, fr {Français} en {Anglais} other {Autre langue}}',
    en: '{locale, select, fr {French} en {English} other {Other language}}',
  },
  'editor.texts.optional': {
    description: 'Texts in another language than French are optional',
    fr: 'Facultatif : le français est utilisé sinon.',
    en: 'Optional: French is used otherwise.',
  },
  'editor.texts.title': {
    description: 'Label of the level title field',
    fr: 'Titre du niveau',
    en: 'Level title',
  },
  'editor.texts.instructions': {
    description: 'Label of the instructions field',
    fr: 'Consigne',
    en: 'Instructions',
  },
  'editor.texts.markdownHelp': {
    description: 'How to format the instructions',
    fr: 'Mise en forme : **gras**, *italique*, listes avec « - ».',
    en: 'Formatting: **bold**, *italics*, lists with “-”.',
  },
  'editor.texts.preview': {
    description: 'Heading of the preview of the instructions, as pupils see them',
    fr: 'Aperçu pour l’élève',
    en: 'What the pupil sees',
  },
  'editor.hints.title': {
    description: 'Heading of the hints',
    fr: 'Indices',
    en: 'Hints',
  },
  'editor.hints.help': {
    description: 'How hints work',
    fr: 'L’élève les découvre un par un, dans cet ordre.',
    en: 'The pupil reveals them one by one, in this order.',
  },
  'editor.hints.hint': {
    description: 'Label of a hint field',
    fr: 'Indice {n, number}',
    en: 'Hint {n, number}',
  },
  'editor.hints.remove': {
    description: 'Button removing a hint',
    fr: 'Supprimer l’indice {n, number}',
    en: 'Remove hint {n, number}',
  },
  'editor.hints.add': {
    description: 'Button adding a hint',
    fr: 'Ajouter un indice',
    en: 'Add a hint',
  },
  'editor.hints.new': {
    description: 'Text of a new hint (the author changes it)',
    fr: 'Nouvel indice',
    en: 'New hint',
  },
  'editor.pack.title': {
    description: 'Label of the pack name field',
    fr: 'Nom du parcours',
    en: 'Name of the pack',
  },
  'editor.pack.description': {
    description: 'Label of the pack description field',
    fr: 'Description',
    en: 'Description',
  },
  'editor.pack.idNote': {
    description: 'The pack id, kept in exported files',
    fr: 'Identifiant du parcours : {id}',
    en: 'Pack id: {id}',
  },
  'editor.verdict.title': {
    description: 'Heading of the solver verdict',
    fr: 'Vérification du niveau',
    en: 'Level check',
  },
  'editor.verdict.fixFirst': {
    description: 'The level has errors; the solver waits until they are fixed',
    fr: '{count, plural, one {Une erreur à corriger} other {# erreurs à corriger}} avant de vérifier le niveau :',
    en: '{count, plural, one {One error to fix} other {# errors to fix}} before the level can be checked:',
  },
  'editor.verdict.checking': {
    description: 'The solver is looking for a solution',
    fr: 'Recherche d’une solution…',
    en: 'Looking for a solution…',
  },
  'editor.verdict.solved': {
    description:
      'The solver found a shortest solution; limited says whether the level has a maximum',
    fr: '{limited, select, yes {Faisable en {blocks, plural, one {# bloc} other {# blocs}} — le maximum est {max, number}.} other {Faisable en {blocks, plural, one {# bloc} other {# blocs}}, sans limite de blocs.}}',
    en: '{limited, select, yes {Solvable in {blocks, plural, one {# block} other {# blocks}} — max is {max, number}.} other {Solvable in {blocks, plural, one {# block} other {# blocks}}, with no block limit.}}',
  },
  'editor.verdict.stars': {
    description: 'Star thresholds the solver suggests',
    fr: 'Étoiles conseillées : ★★★ jusqu’à {three, number} blocs, ★★ jusqu’à {two, number}.',
    en: 'Suggested stars: ★★★ up to {three, number} blocks, ★★ up to {two, number}.',
  },
  'editor.verdict.useStars': {
    description: 'Button using the suggested star thresholds',
    fr: 'Utiliser',
    en: 'Use them',
  },
  'editor.verdict.unsolvable': {
    description: 'No program with the chosen blocks solves the level',
    fr: 'Impossible avec ces blocs.',
    en: 'Unsolvable with these blocks.',
  },
  'editor.verdict.unsolvableHelp': {
    description: 'What to change when the level cannot be solved',
    fr: '{limited, select, yes {Aucun programme de {max, number} blocs au plus n’y arrive. Ajoutez des blocs, augmentez le maximum ou changez la carte.} other {Aucun programme n’y arrive. Ajoutez des blocs ou changez la carte.}}',
    en: '{limited, select, yes {No program of at most {max, number} blocks makes it. Add blocks, raise the maximum or change the map.} other {No program makes it. Add blocks or change the map.}}',
  },
  'editor.verdict.unknown': {
    description: 'The solver ran out of time without an answer',
    fr: 'Je n’ai pas pu décider à temps.',
    en: 'I could not decide in time.',
  },
  'editor.verdict.unknownHelp': {
    description: 'What the unknown verdict means',
    fr: 'Le niveau est peut-être faisable, mais la recherche est trop longue. Essayez-le vous-même, ou réduisez la carte ou le maximum de blocs.',
    en: 'The level may be solvable, but the search takes too long. Try it yourself, or make the map or the block maximum smaller.',
  },
  'editor.verdict.startSolves': {
    description: 'The starting blocks already solve the level',
    fr: 'Les blocs de départ résolvent déjà le niveau : l’élève n’aurait rien à faire.',
    en: 'The starting blocks already solve the level: the pupil would have nothing to do.',
  },
  'editor.verdict.starsLow': {
    description: 'The three-star threshold is below the shortest solution',
    fr: 'Trois étoiles seraient impossibles : il faut au moins {optimal, number} blocs.',
    en: 'Three stars would be impossible: it takes at least {optimal, number} blocks.',
  },
  'editor.verdict.others': {
    description: 'Other levels or the pack itself have errors',
    fr: '{count, plural, one {Une autre erreur} other {# autres erreurs}} dans le parcours (voir les niveaux marqués « ! » ou l’onglet Parcours).',
    en: '{count, plural, one {One more error} other {# more errors}} in the pack (see the levels marked “!” or the Pack tab).',
  },
  'editor.printPage.title': {
    description: 'Heading of the print view, with the level title',
    fr: 'Tapis à imprimer : {level}',
    en: 'Mat to print: {level}',
  },
  'editor.printPage.paper': {
    description: 'Accessible name of the paper choice',
    fr: 'Papier',
    en: 'Paper',
  },
  'editor.printPage.paperName': {
    description: 'Paper choices: A4 is tiled over several sheets',
    fr: '{paper, select, a4 {A4 (plusieurs feuilles)} a3 {A3} a2 {A2} other {Papier}}',
    en: '{paper, select, a4 {A4 (several sheets)} a3 {A3} a2 {A2} other {Paper}}',
  },
  'editor.printPage.summary': {
    description: 'Size of the printed mat and number of sheets',
    fr: 'Tapis de {width, number} × {height, number} cm : {sheets, plural, one {# feuille} other {# feuilles}} {paper, select, a4 {A4} a3 {A3} a2 {A2} other {}} {landscape, select, yes {à l’italienne} other {à la française}}.',
    en: 'Mat of {width, number} × {height, number} cm: {sheets, plural, one {# sheet} other {# sheets}} of {paper, select, a4 {A4} a3 {A3} a2 {A2} other {}}, {landscape, select, yes {landscape} other {portrait}}.',
  },
  'editor.printPage.tooBig': {
    description: 'The mat does not fit on one sheet of the chosen paper',
    fr: 'Le tapis ne tient pas sur une feuille : choisissez A4 (plusieurs feuilles) ou des cases plus petites.',
    en: 'The mat does not fit on one sheet: choose A4 (several sheets) or smaller squares.',
  },
  'editor.printPage.assemble': {
    description: 'How to assemble the tiled sheets',
    fr: 'Imprimez à 100 % (sans ajustement à la page), coupez le long des repères puis assemblez les feuilles dans l’ordre A1, A2… en suivant les flèches.',
    en: 'Print at 100% (no fit to page), cut along the marks, then join the sheets in order A1, A2… following the arrows.',
  },
  'editor.printPage.sheet': {
    description: 'Accessible name of one printed sheet',
    fr: 'Feuille {name}',
    en: 'Sheet {name}',
  },
  'editor.printPage.scale': {
    description: 'Printed on each sheet: the side of a square',
    fr: 'case de {cm, number} cm',
    en: 'square of {cm, number} cm',
  },
});
