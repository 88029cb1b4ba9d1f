// Messages of the progress review (teacher area): the school, class, level and pupil views, the
// replay of an attempt, the CSV exports and the printable reports. Read by teachers and shown
// to parents: plain, precise French. Select keys are camelCase forms of core codes.
import { defineMessages } from './define';

export const review = defineMessages({
  'review.nav.link': {
    description: 'Teacher home: link to the progress review',
    fr: 'Suivi des progrès',
    en: 'Progress review',
  },
  'review.nav.intro': {
    description: 'Teacher home: what the progress review link opens',
    fr: 'Où en est chaque classe, chaque élève, chaque niveau ; exports et rapports à imprimer.',
    en: 'Where each class, pupil and level stands; exports and printable reports.',
  },
  'review.nav.open': {
    description: 'Teacher home: button opening the progress review',
    fr: 'Voir les progrès',
    en: 'See progress',
  },
  'review.crumbs': {
    description: 'Accessible name of the breadcrumb trail of the review screens',
    fr: 'Fil d’Ariane',
    en: 'Breadcrumb',
  },
  // Shared words.
  'review.attempts': {
    description: 'A number of attempts (runs of a program)',
    fr: '{count, plural, =0 {aucun essai} one {# essai} other {# essais}}',
    en: '{count, plural, =0 {no attempts} one {# attempt} other {# attempts}}',
  },
  'review.stars': {
    description: 'A number of stars earned',
    fr: '{count, plural, =0 {aucune étoile} one {# étoile} other {# étoiles}}',
    en: '{count, plural, =0 {no stars} one {# star} other {# stars}}',
  },
  'review.blocks': {
    description: 'How many blocks a program had',
    fr: '{count, plural, one {# bloc} other {# blocs}}',
    en: '{count, plural, one {# block} other {# blocks}}',
  },
  'review.duration': {
    description: 'A time spent, in hours and minutes',
    fr: '{hours, plural, =0 {{minutes, plural, =0 {moins d’1 min} other {# min}}} other {# h {minutes} min}}',
    en: '{hours, plural, =0 {{minutes, plural, =0 {under 1 min} other {# min}}} other {# h {minutes} min}}',
  },
  'review.time': {
    description: 'The time of day an attempt started',
    fr: '{date, time, short}',
    en: '{date, time, short}',
  },
  'review.status': {
    description: 'Where a pupil stands on a level',
    fr: '{status, select, solved {Réussi} tried {Pas encore réussi} other {Pas commencé}}',
    en: '{status, select, solved {Solved} tried {Not solved yet} other {Not started}}',
  },
  'review.outcome': {
    description: 'How an attempt ended (a run of the program)',
    fr: '{kind, select, success {Réussi} crash {Collision} notReached {Pas arrivé au but} timeout {Programme sans fin} error {Erreur} other {Aucune}}',
    en: '{kind, select, success {Solved} crash {Crash} notReached {Did not reach the goal} timeout {Endless program} error {Error} other {None}}',
  },
  'review.stuck': {
    description: 'Why a pupil is shown as stuck on a level',
    fr: '{reason, select, failures {bloqué : beaucoup d’essais sans réussite} time {bloqué : longtemps sans réussir} other {bloqué}}',
    en: '{reason, select, failures {stuck: many attempts without success} time {stuck: a long time without success} other {stuck}}',
  },
  'review.stuckShort': {
    description: 'Short badge beside a stuck pupil’s name in the grid',
    fr: 'bloqué',
    en: 'stuck',
  },
  'review.stuckPupil': {
    description: 'Tooltip of the stuck badge',
    fr: 'Bloqué sur au moins un niveau (5 essais ou 10 minutes sans réussite)',
    en: 'Stuck on at least one level (5 attempts or 10 minutes without success)',
  },
  'review.levelLabel': {
    description: 'A level with its number in the pack and its title',
    fr: 'Niveau {index} : {title}',
    en: 'Level {index}: {title}',
  },
  'review.group': {
    description: 'Default name of a group of pupils, by its position in the session',
    fr: 'Groupe {index}',
    en: 'Group {index}',
  },
  'review.session.long': {
    description: 'A session, by the day it took place',
    fr: 'Séance du {date, date, full}',
    en: 'Session of {date, date, full}',
  },
  'review.session.short': {
    description: 'A session in the CSV export, by day and time',
    fr: '{date, date, short} {date, time, short}',
    en: '{date, date, short} {date, time, short}',
  },
  'review.session.free': {
    description: 'Attempts made outside any class session',
    fr: 'Hors séance (jeu libre)',
    en: 'Outside sessions (free play)',
  },
  // School view.
  'review.school.title': {
    description: 'Title of the school view (all classes)',
    fr: 'Suivi des progrès',
    en: 'Progress review',
  },
  'review.school.intro': {
    description: 'Intro of the school view',
    fr: 'Toutes les classes côte à côte. Ouvrez une classe pour voir chaque élève et chaque niveau.',
    en: 'All classes side by side. Open a class to see each pupil and each level.',
  },
  'review.school.empty': {
    description: 'School view without any class',
    fr: 'Aucune classe pour l’instant. Créez-en une depuis l’espace enseignant.',
    en: 'No classes yet. Create one from the teacher area.',
  },
  'review.school.back': {
    description: 'Link back to the school view',
    fr: 'Retour au suivi des progrès',
    en: 'Back to the progress review',
  },
  'review.school.sessions': {
    description: 'How many sessions a class has had',
    fr: '{count, plural, =0 {aucune séance} one {# séance} other {# séances}}',
    en: '{count, plural, =0 {no sessions} one {# session} other {# sessions}}',
  },
  'review.school.last': {
    description: 'Date of the class’s last session',
    fr: 'dernière le {date, date, medium}',
    en: 'last on {date, date, medium}',
  },
  'review.school.solvedPerPupil': {
    description: 'Label: average number of levels solved per pupil',
    fr: 'Niveaux réussis par élève',
    en: 'Levels solved per pupil',
  },
  'review.school.open': {
    description: 'Button opening a class’s progress grid',
    fr: 'Voir la classe {name}',
    en: 'See class {name}',
  },
  'review.school.chartTitle': {
    description: 'Title of the chart of progress over sessions',
    fr: 'Progrès séance après séance',
    en: 'Progress session after session',
  },
  'review.school.chartLabel': {
    description: 'Accessible description of the progress chart',
    fr: 'Courbe par classe du nombre de niveaux réussis par élève après chaque séance. Les mêmes chiffres sont dans le tableau qui suit.',
    en: 'One line per class: levels solved per pupil after each session. The same numbers are in the table below.',
  },
  'review.school.axisSessions': {
    description: 'Horizontal axis of the progress chart',
    fr: 'Séances (1re, 2e, …)',
    en: 'Sessions (1st, 2nd, …)',
  },
  'review.school.axisValue': {
    description: 'What the vertical axis of the progress chart shows',
    fr: 'Hauteur : niveaux réussis par élève depuis le début',
    en: 'Height: levels solved per pupil so far',
  },
  'review.school.chartTable': {
    description: 'Disclosure showing the chart’s numbers as a table',
    fr: 'Voir les chiffres',
    en: 'See the numbers',
  },
  'review.school.class': {
    description: 'Column header: the class',
    fr: 'Classe',
    en: 'Class',
  },
  'review.school.sessionN': {
    description: 'Column header: the n-th session of a class',
    fr: 'Séance {index}',
    en: 'Session {index}',
  },
  // Class view.
  'review.class.title': {
    description: 'Title of a class’s progress grid',
    fr: 'Progrès de la classe {name}',
    en: 'Progress of class {name}',
  },
  'review.class.notFound': {
    description: 'The class asked for does not exist on this tablet',
    fr: 'Cette classe n’existe pas (ou plus) sur cette tablette.',
    en: 'This class does not exist (any more) on this tablet.',
  },
  'review.class.back': {
    description: 'Link back to the class’s progress grid',
    fr: 'Retour à la classe',
    en: 'Back to the class',
  },
  'review.filters': {
    description: 'Heading of the grid’s filters',
    fr: 'Filtres',
    en: 'Filters',
  },
  'review.filter.pack': {
    description: 'Label of the pack chooser',
    fr: 'Parcours',
    en: 'Pack',
  },
  'review.filter.session': {
    description: 'Label of the session chooser',
    fr: 'Séance',
    en: 'Session',
  },
  'review.filter.allSessions': {
    description: 'Session chooser: no filter',
    fr: 'Toutes les séances et le jeu libre',
    en: 'All sessions and free play',
  },
  'review.filter.from': {
    description: 'Label of the first day of the date range',
    fr: 'Séances du',
    en: 'Sessions from',
  },
  'review.filter.to': {
    description: 'Label of the last day of the date range',
    fr: 'au',
    en: 'to',
  },
  'review.filter.clear': {
    description: 'Button removing the session and date filters',
    fr: 'Tout afficher',
    en: 'Show everything',
  },
  'review.filter.badRange': {
    description: 'The date range ends before it starts',
    fr: 'La date de fin est avant la date de début : le filtre de dates n’est pas appliqué.',
    en: 'The end date is before the start date: the date filter is not applied.',
  },
  'review.filter.showing': {
    description: 'The grid shows the attempts of the selected sessions only',
    fr: '{count, plural, =0 {Aucune séance dans ce choix.} one {Essais d’une séance.} other {Essais de # séances.}}',
    en: '{count, plural, =0 {No session in this choice.} one {Attempts of one session.} other {Attempts of # sessions.}}',
  },
  'review.filter.allTime': {
    description: 'The grid shows the whole history',
    fr: 'Tout l’historique de la classe.',
    en: 'The class’s whole history.',
  },
  'review.filter.noPack': {
    description: 'The class has not worked on any pack yet',
    fr: 'Cette classe n’a encore commencé aucun parcours.',
    en: 'This class has not started any pack yet.',
  },
  'review.sort': {
    description: 'Label of the grid’s sort buttons',
    fr: 'Trier les élèves',
    en: 'Sort pupils',
  },
  'review.sort.name': {
    description: 'Sort pupils by first name',
    fr: 'Par prénom',
    en: 'By name',
  },
  'review.sort.progress': {
    description: 'Sort pupils by levels solved',
    fr: 'Par progrès',
    en: 'By progress',
  },
  'review.sort.byLevel': {
    description: 'Button sorting the pupils by their result on one level',
    fr: 'Trier par le niveau {index}',
    en: 'Sort by level {index}',
  },
  'review.tile.pupils': {
    description: 'Tile label: number of pupils',
    fr: 'Élèves',
    en: 'Pupils',
  },
  'review.tile.solvedPerPupil': {
    description: 'Tile label: levels of the pack solved per pupil, out of the total',
    fr: 'niveaux réussis par élève (sur {total})',
    en: 'levels solved per pupil (out of {total})',
  },
  'review.tile.attempts': {
    description: 'Tile label: number of attempts',
    fr: 'Essais',
    en: 'Attempts',
  },
  'review.tile.time': {
    description: 'Tile label: time spent playing',
    fr: 'Temps passé',
    en: 'Time spent',
  },
  'review.tile.stuck': {
    description: 'Tile label: pupils stuck on a level',
    fr: 'Élèves bloqués',
    en: 'Pupils stuck',
  },
  'review.grid.caption': {
    description: 'Caption of the progress grid',
    fr: '{pack} : un élève par ligne, un niveau par colonne',
    en: '{pack}: one pupil per row, one level per column',
  },
  'review.grid.pupil': {
    description: 'Column header: the pupil',
    fr: 'Élève',
    en: 'Pupil',
  },
  'review.grid.levelTitle': {
    description: 'Level column header link, opening the level’s statistics',
    fr: 'Niveau {index} : {title}',
    en: 'Level {index}: {title}',
  },
  'review.grid.solved': {
    description: 'Column header: levels solved',
    fr: 'Réussis',
    en: 'Solved',
  },
  'review.grid.stars': {
    description: 'Column header: stars',
    fr: 'Étoiles',
    en: 'Stars',
  },
  'review.grid.time': {
    description: 'Column header: time spent',
    fr: 'Temps',
    en: 'Time',
  },
  'review.cell.where': {
    description: 'Start of a grid cell’s description: who and which level',
    fr: '{pupil}, niveau {index}',
    en: '{pupil}, level {index}',
  },
  'review.cell.last': {
    description: 'A grid cell: how the last attempt ended',
    fr: 'dernier essai : {kind, select, success {réussi} crash {collision} notReached {pas arrivé au but} timeout {programme sans fin} error {erreur} other {inconnu}}',
    en: 'last attempt: {kind, select, success {solved} crash {crash} notReached {did not reach the goal} timeout {endless program} error {error} other {unknown}}',
  },
  'review.legend': {
    description: 'Accessible name of the grid’s legend',
    fr: 'Légende',
    en: 'Legend',
  },
  'review.legend.solved': {
    description: 'Legend: a solved level (with its stars)',
    fr: 'Réussi (étoiles)',
    en: 'Solved (stars)',
  },
  'review.legend.tried': {
    description: 'Legend: a level tried but not solved',
    fr: 'Essayé, pas encore réussi',
    en: 'Tried, not solved yet',
  },
  'review.legend.stuck': {
    description: 'Legend: stuck on a level',
    fr: 'Bloqué (5 essais ou 10 min sans réussite)',
    en: 'Stuck (5 attempts or 10 min without success)',
  },
  'review.legend.notStarted': {
    description: 'Legend: a level not started',
    fr: 'Pas commencé',
    en: 'Not started',
  },
  'review.legend.glyphs': {
    description: 'Legend: the marks of the last attempt and the attempt count',
    fr: 'Dernier essai : ✕ collision, ⚑ pas arrivé, ∞ sans fin · petit chiffre : nombre d’essais',
    en: 'Last attempt: ✕ crash, ⚑ did not arrive, ∞ endless · small number: attempts',
  },
  // Export.
  'review.export.title': {
    description: 'Heading of the CSV export section',
    fr: 'Exporter vers un tableur',
    en: 'Export to a spreadsheet',
  },
  'review.export.intro': {
    description: 'What the CSV exports contain and where they open',
    fr: 'Fichiers CSV pour LibreOffice Calc ou Excel, avec les filtres de séance et de dates choisis ci-dessus.',
    en: 'CSV files for LibreOffice Calc or Excel, with the session and date filters chosen above.',
  },
  'review.export.attempts': {
    description: 'Button exporting one row per attempt',
    fr: 'Un essai par ligne',
    en: 'One attempt per row',
  },
  'review.export.levels': {
    description: 'Button exporting one row per pupil and level',
    fr: 'Un élève × niveau par ligne',
    en: 'One pupil × level per row',
  },
  'review.export.done': {
    description: 'The CSV file was downloaded',
    fr: 'Fichier {file} téléchargé.',
    en: 'File {file} downloaded.',
  },
  'review.csv.column': {
    description: 'Column headers of the CSV exports',
    fr: '{column, select, pupil {Élève} learner {Joué par} session {Séance} pack {Parcours} level {Niveau} startedAt {Début} durationSeconds {Durée (s)} outcome {Résultat} detail {Détail} stars {Étoiles} blocks {Blocs} on {Joué sur} status {État} attempts {Essais} timeMinutes {Temps (min)} bestBlocks {Moins de blocs} lastOutcome {Dernier résultat} stuck {Bloqué} firstAttemptAt {Premier essai} lastAttemptAt {Dernier essai} other {Valeur}}',
    en: '{column, select, pupil {Pupil} learner {Played by} session {Session} pack {Pack} level {Level} startedAt {Start} durationSeconds {Duration (s)} outcome {Outcome} detail {Detail} stars {Stars} blocks {Blocks} on {Played on} status {Status} attempts {Attempts} timeMinutes {Time (min)} bestBlocks {Fewest blocks} lastOutcome {Last outcome} stuck {Stuck} firstAttemptAt {First attempt} lastAttemptAt {Last attempt} other {Value}}',
  },
  'review.csv.crashAt': {
    description: 'CSV detail of a crash: what was hit and where (column, row from 1)',
    fr: '{cause, select, wall {mur} other {bord du tapis}} en colonne {x}, ligne {y}',
    en: '{cause, select, wall {wall} other {edge of the mat}} at column {x}, row {y}',
  },
  'review.csv.notReached': {
    description: 'CSV detail of a run that ended without meeting the rule',
    fr: '{reason, select, items {objets pas tous ramassés} facing {mauvaise direction à l’arrivée} other {drapeau pas atteint}}',
    en: '{reason, select, items {items not all collected} facing {wrong direction at the goal} other {flag not reached}}',
  },
  'review.csv.simulator': {
    description: 'CSV: the attempt was played on the simulator',
    fr: 'simulateur',
    en: 'simulator',
  },
  'review.csv.yes': {
    description: 'CSV: yes (the pupil is stuck)',
    fr: 'oui',
    en: 'yes',
  },
  // Level view.
  'review.level.successRate': {
    description: 'Tile label under the success rate',
    fr: 'de réussite ({solved} élèves sur {tried})',
    en: 'success ({solved} pupils out of {tried})',
  },
  'review.level.median': {
    description: 'Tile label: median attempts before the first success',
    fr: 'essais en général pour réussir (médiane)',
    en: 'attempts usually needed to succeed (median)',
  },
  'review.level.commonFailure': {
    description: 'Tile label: the most common failure',
    fr: 'erreur la plus fréquente',
    en: 'most common failure',
  },
  'review.level.where': {
    description: 'Heading: where on the map the most common failure happens',
    fr: 'Où ça bloque sur la carte',
    en: 'Where it goes wrong on the map',
  },
  'review.level.whereNone': {
    description: 'The most common failure has no place on the map (endless programs, errors)',
    fr: 'Cette erreur n’a pas d’endroit précis sur la carte.',
    en: 'This failure has no particular place on the map.',
  },
  'review.level.mapLabel': {
    description: 'Accessible description of the failure map; the places follow',
    fr: 'Carte du niveau avec les cases où l’erreur la plus fréquente se produit',
    en: 'Map of the level with the squares where the most common failure happens',
  },
  'review.level.place': {
    description: 'A square of the failure map (column, row from 1) and how often',
    fr: 'colonne {x}, ligne {y} : {count, plural, one {# fois} other {# fois}}',
    en: 'column {x}, row {y}: {count, plural, one {# time} other {# times}}',
  },
  'review.level.failures': {
    description: 'Heading: failures by kind',
    fr: 'Échecs par type',
    en: 'Failures by kind',
  },
  'review.level.pupils': {
    description: 'Heading: each pupil’s result on the level',
    fr: 'Chaque élève sur ce niveau',
    en: 'Each pupil on this level',
  },
  'review.level.attemptsCol': {
    description: 'Column header: number of attempts',
    fr: 'Essais',
    en: 'Attempts',
  },
  'review.level.unknown': {
    description: 'The level is no longer in the packs of this tablet',
    fr: 'Ce niveau n’est plus dans les parcours de cette tablette : la carte ne peut pas être dessinée.',
    en: 'This level is no longer in this tablet’s packs: its map cannot be drawn.',
  },
  'review.level.noAttempts': {
    description: 'Nobody in the class has tried the level',
    fr: 'Personne dans la classe n’a encore essayé ce niveau.',
    en: 'Nobody in the class has tried this level yet.',
  },
  // Pupil view.
  'review.pupil.notFound': {
    description: 'The pupil asked for is not in this class',
    fr: 'Cet élève n’est pas dans cette classe.',
    en: 'This pupil is not in this class.',
  },
  'review.pupil.history': {
    description: 'Heading: the pupil’s attempts session by session',
    fr: 'Historique, séance par séance',
    en: 'History, session by session',
  },
  'review.pupil.noAttempts': {
    description: 'The pupil has no attempt yet',
    fr: 'Aucun essai pour l’instant.',
    en: 'No attempts yet.',
  },
  'review.pupil.solvedInSession': {
    description: 'Levels solved during a session',
    fr: '{count, plural, =0 {aucun niveau réussi} one {# niveau réussi} other {# niveaux réussis}}',
    en: '{count, plural, =0 {no level solved} one {# level solved} other {# levels solved}}',
  },
  'review.pupil.time': {
    description: 'Column header: time of the attempt',
    fr: 'Heure',
    en: 'Time',
  },
  'review.pupil.level': {
    description: 'Column header: the level',
    fr: 'Niveau',
    en: 'Level',
  },
  'review.pupil.outcome': {
    description: 'Column header: the result',
    fr: 'Résultat',
    en: 'Result',
  },
  'review.pupil.blocks': {
    description: 'Column header: number of blocks',
    fr: 'Blocs',
    en: 'Blocks',
  },
  'review.pupil.playedBy': {
    description: 'Column header: alone or in which group',
    fr: 'Joué',
    en: 'Played',
  },
  'review.pupil.alone': {
    description: 'The attempt was made by the pupil alone',
    fr: 'seul',
    en: 'alone',
  },
  'review.pupil.inGroup': {
    description: 'The attempt was made in a group whose session is unknown',
    fr: 'en groupe',
    en: 'in a group',
  },
  // Replay.
  'review.replay.open': {
    description: 'Button replaying an attempt',
    fr: 'Revoir',
    en: 'Replay',
  },
  'review.replay.openLabel': {
    description: 'Accessible name of the replay button of one attempt',
    fr: 'Revoir l’essai de {date, time, short} sur {level}',
    en: 'Replay the attempt of {date, time, short} on {level}',
  },
  'review.replay.title': {
    description: 'Heading of the replay panel',
    fr: '{level} · essai du {date, date, medium} à {date, time, short}',
    en: '{level} · attempt of {date, date, medium} at {date, time, short}',
  },
  'review.replay.stored': {
    description: 'The result recorded when the attempt was made',
    fr: 'Résultat enregistré : {kind, select, success {réussi} crash {collision} notReached {pas arrivé au but} timeout {programme sans fin} error {erreur} other {inconnu}}',
    en: 'Recorded result: {kind, select, success {solved} crash {crash} notReached {did not reach the goal} timeout {endless program} error {error} other {unknown}}',
  },
  'review.replay.close': {
    description: 'Button closing the replay',
    fr: 'Fermer',
    en: 'Close',
  },
  'review.replay.controls': {
    description: 'Accessible name of the replay’s buttons',
    fr: 'Commandes du rejeu',
    en: 'Replay controls',
  },
  'review.replay.restart': {
    description: 'Replay: back to the start',
    fr: 'Au début',
    en: 'Start',
  },
  'review.replay.back': {
    description: 'Replay: one step back',
    fr: 'Pas précédent',
    en: 'Previous step',
  },
  'review.replay.step': {
    description: 'Replay: one step forward',
    fr: 'Pas suivant',
    en: 'Next step',
  },
  'review.replay.play': {
    description: 'Replay: play every step',
    fr: 'Tout jouer',
    en: 'Play all',
  },
  'review.replay.pause': {
    description: 'Replay: pause',
    fr: 'Pause',
    en: 'Pause',
  },
  'review.replay.progress': {
    description: 'Replay: which step is shown',
    fr: 'Pas {step} sur {total}',
    en: 'Step {step} of {total}',
  },
  'review.replay.ended': {
    description: 'Replay reached its end: how the run ends',
    fr: 'fin : {kind, select, success {réussi} crash {collision} notReached {pas arrivé au but} timeout {programme sans fin} error {erreur} other {inconnu}}',
    en: 'end: {kind, select, success {solved} crash {crash} notReached {did not reach the goal} timeout {endless program} error {error} other {unknown}}',
  },
  'review.replay.blocks': {
    description: 'Accessible name of the replay’s blocks (as the pupil left them)',
    fr: 'Les blocs tels qu’ils étaient',
    en: 'The blocks as they were',
  },
  'review.replay.cannot': {
    description: 'The stored program cannot run on the level any more',
    fr: 'Ce programme ne peut plus être rejoué : le niveau a changé depuis. Les blocs restent visibles.',
    en: 'This program can no longer be replayed: the level has changed since. The blocks are still shown.',
  },
  'review.replay.levelMissing': {
    description: 'The attempt’s level is no longer on this tablet',
    fr: 'Ce niveau n’est plus sur cette tablette : l’essai ne peut pas être rejoué.',
    en: 'This level is no longer on this tablet: the attempt cannot be replayed.',
  },
  // Printable reports.
  'review.report.open': {
    description: 'Button opening the class’s printable report',
    fr: 'Rapport à imprimer',
    en: 'Printable report',
  },
  'review.report.openPupil': {
    description: 'Button opening the pupil’s printable report',
    fr: 'Rapport à imprimer',
    en: 'Printable report',
  },
  'review.report.back': {
    description: 'Report toolbar: back to the screen it came from',
    fr: 'Retour',
    en: 'Back',
  },
  'review.report.hint': {
    description: 'Report toolbar: how to print',
    fr: 'Format A4. Choisissez « Enregistrer en PDF » pour garder un fichier.',
    en: 'A4 format. Choose “Save as PDF” to keep a file.',
  },
  'review.report.print': {
    description: 'Report toolbar: print button',
    fr: 'Imprimer',
    en: 'Print',
  },
  'review.report.brand': {
    description: 'Small heading of a printed report (the app’s name)',
    fr: 'Parcours · suivi des progrès',
    en: 'Parcours · progress review',
  },
  'review.report.issued': {
    description: 'Date the report was printed',
    fr: 'Édité le {date, date, long}',
    en: 'Issued on {date, date, long}',
  },
  'review.report.classTitle': {
    description: 'Title of the class report',
    fr: 'Classe {name}',
    en: 'Class {name}',
  },
  'review.report.classSubtitle': {
    description: 'Subtitle of the class report',
    fr: '{pupils, plural, one {# élève} other {# élèves}} · {sessions, plural, =0 {aucune séance} one {# séance} other {# séances}}',
    en: '{pupils, plural, one {# pupil} other {# pupils}} · {sessions, plural, =0 {no sessions} one {# session} other {# sessions}}',
  },
  'review.report.levelsSolved': {
    description: 'Report tile: levels solved by the whole class',
    fr: 'Niveaux réussis au total',
    en: 'Levels solved in all',
  },
  'review.report.pupilTitle': {
    description: 'Title of a pupil’s report',
    fr: 'Progrès de {name}',
    en: 'Progress of {name}',
  },
  'review.report.packLine': {
    description: 'A pupil’s report: their result on a pack',
    fr: '{solved} niveaux réussis sur {total}, {stars, plural, =0 {aucune étoile} one {# étoile} other {# étoiles}}',
    en: '{solved} levels solved out of {total}, {stars, plural, =0 {no stars} one {# star} other {# stars}}',
  },
});
