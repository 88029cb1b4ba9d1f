// Messages of the lesson format: words for every restore issue (shown to teachers and
// animators when a pack file is wrong) and for the `lessons` CLI. French first, then English.
import { defineMessages } from './define';

const EXPECTED_FR =
  '{expected, select, object {un objet entre accolades} array {une liste entre crochets} number {un nombre} string {un texte entre guillemets} boolean {true ou false} null {null} other {{expected}}}';
const EXPECTED_EN =
  '{expected, select, object {an object in braces} array {a list in brackets} number {a number} string {a text in quotes} boolean {true or false} null {null} other {{expected}}}';
const RECEIVED_FR =
  '{received, select, object {un objet} array {une liste} number {un nombre} string {un texte} boolean {true ou false} null {null} other {{received}}}';
const RECEIVED_EN =
  '{received, select, object {an object} array {a list} number {a number} string {a text} boolean {true or false} null {null} other {{received}}}';

export const lessons = defineMessages({
  // Where an issue is.
  'lessons.where.file': {
    description: 'Location of a problem: the whole lesson file',
    fr: 'Fichier',
    en: 'File',
  },
  'lessons.where.level': {
    description: 'Location of a problem: a level of the pack, counted from 1, then the field path',
    fr: 'Niveau {n}{rest}',
    en: 'Level {n}{rest}',
  },
  'lessons.where.field': {
    description: 'Location of a problem: a field of the pack outside the levels',
    fr: 'Champ {field}',
    en: 'Field {field}',
  },
  'lessons.issue.line': {
    description: 'One problem of a lesson file: where, then what',
    fr: '{where} : {message}',
    en: '{where}: {message}',
  },

  // Restore issues, by code.
  'lessons.issue.not-json': {
    description: 'A lesson file holds something that is not plain JSON',
    fr: '{kind, select, syntax {Ce fichier n’est pas du JSON valable (une virgule, un guillemet ou une accolade manque peut-être).} number {Ce nombre n’est pas valable (infini ou NaN).} other {Cette valeur n’est pas du JSON ({kind}).}}',
    en: '{kind, select, syntax {This file is not valid JSON (maybe a comma, a quote or a brace is missing).} number {This number is not valid (infinite or NaN).} other {This value is not JSON ({kind}).}}',
  },
  'lessons.issue.too-deep': {
    description: 'A lesson file nests objects or lists too deeply',
    fr: 'Trop d’imbrications (plus de {max} niveaux).',
    en: 'Nested too deeply (more than {max} levels).',
  },
  'lessons.issue.too-large': {
    description: 'A lesson file is too big',
    fr: 'Ce fichier est trop gros (plus de {max} valeurs).',
    en: 'This file is too big (more than {max} values).',
  },
  'lessons.issue.string-too-long': {
    description: 'A text in a lesson file is far too long',
    fr: 'Ce texte est trop long (plus de {max} caractères).',
    en: 'This text is too long (more than {max} characters).',
  },
  'lessons.issue.missing-version': {
    description: 'A lesson file has no schemaVersion field',
    fr: 'Il manque le numéro de version du format (« schemaVersion »).',
    en: 'The format version number ("schemaVersion") is missing.',
  },
  'lessons.issue.unknown-version': {
    description: 'A lesson file has a schemaVersion the app does not know',
    fr: 'La version de format {version} n’existe pas.',
    en: 'Format version {version} does not exist.',
  },
  'lessons.issue.newer-version': {
    description: 'A lesson file was made by a newer version of the app',
    fr: 'Ce fichier utilise la version {version} du format, plus récente que celle de cette application ({current}). Mettez l’application à jour.',
    en: 'This file uses format version {version}, newer than this app’s ({current}). Update the app.',
  },
  'lessons.issue.missing': {
    description: 'A required field is missing in a lesson file',
    fr: 'Ce champ est obligatoire.',
    en: 'This field is required.',
  },
  'lessons.issue.wrong-type': {
    description: 'A field of a lesson file has the wrong kind of value',
    fr: `Il faut ${EXPECTED_FR}, pas ${RECEIVED_FR}.`,
    en: `This must be ${EXPECTED_EN}, not ${RECEIVED_EN}.`,
  },
  'lessons.issue.not-one-of': {
    description: 'A field of a lesson file must be one of a list of values',
    fr: '« {received} » n’est pas permis ici. Choix possibles : {expected}.',
    en: '"{received}" is not allowed here. Choices: {expected}.',
  },
  'lessons.issue.too-short': {
    description: 'A text or list of a lesson file is too short',
    fr: '{min, plural, one {Il faut au moins # élément.} other {Il faut au moins # éléments.}}',
    en: '{min, plural, one {At least # item is needed.} other {At least # items are needed.}}',
  },
  'lessons.issue.too-long': {
    description: 'A text or list of a lesson file is too long',
    fr: '{max, plural, one {Au plus # élément.} other {Au plus # éléments (caractères pour un texte).}}',
    en: '{max, plural, one {At most # item.} other {At most # items (characters for a text).}}',
  },
  'lessons.issue.too-small': {
    description: 'A number of a lesson file is too small',
    fr: 'Ce nombre doit valoir au moins {min}.',
    en: 'This number must be at least {min}.',
  },
  'lessons.issue.too-big': {
    description: 'A number of a lesson file is too big',
    fr: 'Ce nombre doit valoir au plus {max}.',
    en: 'This number must be at most {max}.',
  },
  'lessons.issue.not-integer': {
    description: 'A number of a lesson file must be whole',
    fr: 'Ce nombre doit être entier.',
    en: 'This number must be whole.',
  },
  'lessons.issue.bad-format': {
    description: 'A text of a lesson file is not written the expected way (ids, tags, map rows)',
    fr: 'Ce texte n’a pas la bonne forme (identifiant : lettres minuscules, chiffres et tirets ; ligne de carte : . # G * ^ > v < r g b y).',
    en: 'This text is not in the right form (identifier: lower-case letters, digits and dashes; map row: . # G * ^ > v < r g b y).',
  },
  'lessons.issue.ragged-map': {
    description: 'A row of a grid drawn as text has a different length from the first row',
    fr: 'La ligne {row} de la carte a {width} cases au lieu de {expected}.',
    en: 'Row {row} of the map has {width} squares instead of {expected}.',
  },
  'lessons.issue.duplicate-start': {
    description: 'A level has two starting positions',
    fr: 'Le robot a deux points de départ : gardez-en un seul.',
    en: 'The robot has two starting points: keep only one.',
  },
  'lessons.issue.missing-start': {
    description: 'A level has no starting position',
    fr: 'Il manque le départ du robot (« start », ou ^ > v < sur la carte).',
    en: 'The robot’s start is missing ("start", or ^ > v < on the map).',
  },
  'lessons.issue.duplicate-goal': {
    description: 'A level has two goals',
    fr: 'Il y a deux arrivées : gardez-en une seule.',
    en: 'There are two goals: keep only one.',
  },
  'lessons.issue.outside-grid': {
    description: 'A square of a level lies outside its grid',
    fr: 'La case ({x}, {y}) est hors de la grille ({width} × {height}).',
    en: 'Square ({x}, {y}) is outside the grid ({width} × {height}).',
  },
  'lessons.issue.on-wall': {
    description: 'A start, goal, item or coloured square sits on a wall',
    fr: 'La case ({x}, {y}) est un mur.',
    en: 'Square ({x}, {y}) is a wall.',
  },
  'lessons.issue.duplicate-cell': {
    description: 'The same square is listed twice',
    fr: 'La case ({x}, {y}) est déjà dans la liste.',
    en: 'Square ({x}, {y}) is already in the list.',
  },
  'lessons.issue.duplicate-id': {
    description: 'Two levels of a pack share the same id',
    fr: 'Un autre niveau s’appelle déjà « {id} ».',
    en: 'Another level is already called "{id}".',
  },
  'lessons.issue.duplicate-block': {
    description: 'A block appears twice in a level’s toolbox',
    fr: 'Le bloc « {type} » est déjà dans la boîte à outils.',
    en: 'Block "{type}" is already in the toolbox.',
  },
  'lessons.issue.missing-goal': {
    description: 'The success rule needs a goal square and the level has none',
    fr: 'Cette règle demande une arrivée (« goal », ou G sur la carte).',
    en: 'This rule needs a goal ("goal", or G on the map).',
  },
  'lessons.issue.no-items': {
    description: 'The success rule needs items to collect and the level has none',
    fr: 'Cette règle demande des objets à ramasser (* sur la carte).',
    en: 'This rule needs items to collect (* on the map).',
  },
  'lessons.issue.needs-block': {
    description: 'The toolbox lacks a block the level needs',
    fr: 'La boîte à outils doit contenir le bloc « {type} ».',
    en: 'The toolbox must hold block "{type}".',
  },
  'lessons.issue.unknown-block': {
    description: 'A block id is not one the app knows',
    fr: 'Le bloc « {type} » n’existe pas.',
    en: 'Block "{type}" does not exist.',
  },
  'lessons.issue.block-not-in-toolbox': {
    description: 'A starting block is not in the level’s toolbox',
    fr: 'Le bloc de départ « {type} » n’est pas dans la boîte à outils.',
    en: 'Starting block "{type}" is not in the toolbox.',
  },
  'lessons.issue.block-over-limit': {
    description: 'The starting blocks use a block more times than its limit',
    fr: 'Le bloc « {type} » est permis {limit, plural, one {# fois} other {# fois}} seulement.',
    en: 'Block "{type}" is allowed {limit, plural, one {once} other {# times}} only.',
  },
  'lessons.issue.too-many-blocks': {
    description: 'The starting blocks hold more blocks than allowed',
    fr: 'Trop de blocs au départ : {count} pour {max} au plus.',
    en: 'Too many starting blocks: {count} for at most {max}.',
  },
  'lessons.issue.nesting-too-deep': {
    description: 'Starting blocks nest too deeply',
    fr: 'Les blocs sont imbriqués trop profondément (plus de {max}).',
    en: 'Blocks are nested too deeply (more than {max}).',
  },
  'lessons.issue.several-start-blocks': {
    description: 'The starting blocks hold more than one program start block',
    fr: 'Il ne faut qu’un seul bloc « départ du programme ».',
    en: 'There must be only one "program start" block.',
  },
  'lessons.issue.duplicate-block-id': {
    description: 'Two starting blocks share an id',
    fr: 'Deux blocs ont le même identifiant « {id} ».',
    en: 'Two blocks share the id "{id}".',
  },
  'lessons.issue.stars-order': {
    description: 'Star thresholds are in the wrong order',
    fr: 'Le seuil de 3 étoiles ({three}) doit être inférieur ou égal à celui de 2 étoiles ({two}).',
    en: 'The 3-star threshold ({three}) must be at most the 2-star one ({two}).',
  },
  'lessons.issue.ages-order': {
    description: 'The age range of a pack is reversed',
    fr: 'L’âge minimum ({min}) dépasse l’âge maximum ({max}).',
    en: 'The minimum age ({min}) is above the maximum age ({max}).',
  },
  'lessons.issue.unknown-field': {
    description: 'Warning: a field of a lesson file is unknown and ignored',
    fr: 'Champ inconnu « {field} », ignoré (faute de frappe ?).',
    en: 'Unknown field "{field}", ignored (a typo?).',
  },
  'lessons.issue.missing-translation': {
    description: 'Warning: a text of a lesson file has no translation in a locale',
    fr: 'Traduction manquante : {locale, select, en {anglais} fr {français} other {{locale}}}.',
    en: 'Missing translation: {locale, select, en {English} fr {French} other {{locale}}}.',
  },
  'lessons.issue.migrated': {
    description: 'Warning: a lesson file was written in an older format and was upgraded',
    fr: 'Ce fichier était au format {from} ; il a été mis à jour au format {to}.',
    en: 'This file was in format {from}; it was upgraded to format {to}.',
  },

  // The lessons CLI.
  'lessons.cli.usage': {
    description: 'Help text of the lessons command-line tool',
    fr: 'Utilisation : npm run lessons -- ‹commande›\n  check [chemins…] [--json]   vérifie les paquets et prouve chaque niveau\n  solve ‹paquet› ‹niveau› [--json]   trouve un programme le plus court\n  run ‹paquet› ‹niveau› ‹programme.json› [--json]   exécute un programme\n  schema   écrit lessons/schema.json\nOptions : --lang fr|en',
    en: 'Usage: npm run lessons -- ‹command›\n  check [paths…] [--json]   checks packs and proves every level\n  solve ‹pack› ‹level› [--json]   finds a shortest program\n  run ‹pack› ‹level› ‹program.json› [--json]   runs a program\n  schema   writes lessons/schema.json\nOptions: --lang fr|en',
  },
  'lessons.cli.pack': {
    description: 'CLI: heading for one pack in the check report',
    fr: 'Paquet « {id} » ({file}) : {count, plural, one {# niveau} other {# niveaux}}',
    en: 'Pack "{id}" ({file}): {count, plural, one {# level} other {# levels}}',
  },
  'lessons.cli.level.solved': {
    description: 'CLI: a level proven solvable',
    fr: '  ✓ {id} : résolu en {optimal, plural, one {# bloc} other {# blocs}} (max {max})',
    en: '  ✓ {id}: solved in {optimal, plural, one {# block} other {# blocks}} (max {max})',
  },
  'lessons.cli.level.failed': {
    description: 'CLI: a level with a problem, then the problem',
    fr: '  ✗ {id} : {message}',
    en: '  ✗ {id}: {message}',
  },
  'lessons.check.unsolvable': {
    description: 'Level check: no solution within the level’s block limit',
    fr: 'aucune solution en {max} blocs au plus.',
    en: 'no solution within {max} blocks.',
  },
  'lessons.check.unknown': {
    description: 'Level check: the solver ran out of budget',
    fr: 'recherche trop longue, on ne sait pas si le niveau a une solution.',
    en: 'search budget exhausted, unknown whether the level has a solution.',
  },
  'lessons.check.start-solves': {
    description: 'Level check: the starting program already solves the level',
    fr: 'le programme de départ résout déjà le niveau.',
    en: 'the starting program already solves the level.',
  },
  'lessons.check.optimal-mismatch': {
    description: 'Level check: the optimal count written in the file differs from the solver’s',
    fr: 'le fichier annonce {declared} blocs au mieux, le solveur en trouve {optimal}.',
    en: 'the file says {declared} blocks at best, the solver finds {optimal}.',
  },
  'lessons.check.stars-below-optimal': {
    description: 'Level check: the 3-star threshold is below the shortest possible program',
    fr: '3 étoiles demandent {three} blocs, mais il en faut au moins {optimal}.',
    en: '3 stars ask for {three} blocks, but at least {optimal} are needed.',
  },
  'lessons.check.missing-locale': {
    description: 'Level check: a level lacks a translation',
    fr: 'traduction manquante ({locale, select, en {anglais} fr {français} other {{locale}}}).',
    en: 'missing translation ({locale, select, en {English} fr {French} other {{locale}}}).',
  },
  'lessons.cli.error': {
    description: 'CLI: one error in a file',
    fr: '  ✗ {file} {path} : {message}',
    en: '  ✗ {file} {path}: {message}',
  },
  'lessons.cli.warning': {
    description: 'CLI: one warning about a file (it still loads)',
    fr: '  ⚠ {file} {path} : {message}',
    en: '  ⚠ {file} {path}: {message}',
  },
  'lessons.cli.duplicatePack': {
    description: 'CLI: two pack files share the same pack id',
    fr: 'Un autre fichier contient déjà le paquet « {id} ».',
    en: 'Another file already holds pack "{id}".',
  },
  'lessons.cli.unreadable': {
    description: 'CLI: a file or folder given on the command line cannot be read',
    fr: 'Impossible de lire ce fichier ou ce dossier.',
    en: 'This file or folder cannot be read.',
  },
  'lessons.cli.summary.ok': {
    description: 'CLI: final line when every check passed',
    fr: 'Tout va bien : {packs, plural, one {# paquet} other {# paquets}}, {levels, plural, one {# niveau prouvé} other {# niveaux prouvés}} en {seconds} s.',
    en: 'All good: {packs, plural, one {# pack} other {# packs}}, {levels, plural, one {# level proven} other {# levels proven}} in {seconds} s.',
  },
  'lessons.cli.summary.failed': {
    description: 'CLI: final line when some check failed',
    fr: '{errors, plural, one {# problème trouvé.} other {# problèmes trouvés.}}',
    en: '{errors, plural, one {# problem found.} other {# problems found.}}',
  },
  'lessons.cli.notFound': {
    description: 'CLI: a pack or level named on the command line does not exist',
    fr: 'Introuvable : {name}',
    en: 'Not found: {name}',
  },
  'lessons.cli.solution': {
    description: 'CLI: heading before a solution program',
    fr: 'Solution en {count, plural, one {# bloc} other {# blocs}} :',
    en: 'Solution in {count, plural, one {# block} other {# blocks}}:',
  },
  'lessons.cli.noSolution': {
    description: 'CLI: the solver found no program within the block limit',
    fr: 'Aucune solution en {max} blocs au plus.',
    en: 'No solution within {max} blocks.',
  },
  'lessons.cli.unknown': {
    description: 'CLI: the solver ran out of budget',
    fr: 'Recherche trop longue : on ne sait pas si ce niveau a une solution.',
    en: 'Search budget exhausted: unknown whether this level has a solution.',
  },
  'lessons.cli.compileError': {
    description: 'CLI: a program given to run does not compile',
    fr: 'Le programme ne peut pas tourner : {code} (bloc {block}).',
    en: 'The program cannot run: {code} (block {block}).',
  },
  'lessons.cli.outcome': {
    description: 'CLI: the result of running a program',
    fr: 'Résultat : {outcome, select, success {réussi} crash {choc} notReached {objectif non atteint} timeout {trop long} other {erreur}} après {steps, plural, one {# pas} other {# pas}} ; le robot est en ({x}, {y}) tourné vers {heading}.',
    en: 'Outcome: {outcome, select, success {success} crash {crash} notReached {goal not reached} timeout {timeout} other {error}} after {steps, plural, one {# step} other {# steps}}; the robot is at ({x}, {y}) facing {heading}.',
  },
  'lessons.cli.schemaWritten': {
    description: 'CLI: the JSON Schema file was written',
    fr: 'Schéma écrit dans {file}.',
    en: 'Schema written to {file}.',
  },
});
