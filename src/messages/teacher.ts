// Messages of the classroom features: the teacher area (PIN, classes, pupils, sessions,
// backups, storage space), the pupils' picker on a session tablet, and the storage alerts.
// Texts under `picker.` and `storage.` are read by pupils: short and simple. Select keys are
// camelCase forms of the lower layers' problem codes (see ui/teacher/codes.ts).
import { defineMessages } from './define';

export const teacher = defineMessages({
  // The PIN gate.
  'teacher.area': {
    description: 'Name of the teacher area, heading of the PIN screen',
    fr: 'Espace enseignant',
    en: 'Teacher area',
  },
  'teacher.pin.createIntro': {
    description: 'First visit of the teacher area: why the teacher chooses a PIN',
    fr: 'Choisissez un code de 4 à 8 chiffres. Il protège l’espace enseignant : les élèves ne pourront pas y entrer.',
    en: 'Choose a code of 4 to 8 digits. It protects the teacher area: pupils will not be able to enter it.',
  },
  'teacher.pin.newLabel': {
    description: 'Label of the field where the teacher types a new PIN',
    fr: 'Nouveau code',
    en: 'New code',
  },
  'teacher.pin.confirmLabel': {
    description: 'Label of the field where the teacher types the new PIN again',
    fr: 'Retapez le code',
    en: 'Type the code again',
  },
  'teacher.pin.create': {
    description: 'Button saving the new teacher PIN',
    fr: 'Enregistrer le code',
    en: 'Save the code',
  },
  'teacher.pin.enterIntro': {
    description: 'PIN screen: what to do',
    fr: 'Tapez votre code pour entrer.',
    en: 'Type your code to enter.',
  },
  'teacher.pin.label': {
    description: 'Label of the PIN field',
    fr: 'Code enseignant',
    en: 'Teacher code',
  },
  'teacher.pin.enter': {
    description: 'Button checking the PIN and opening the teacher area',
    fr: 'Entrer',
    en: 'Enter',
  },
  'teacher.pin.checking': {
    description: 'Shown while the PIN is being checked (it takes a moment)',
    fr: 'Vérification du code…',
    en: 'Checking the code…',
  },
  'teacher.pin.wrong': {
    description: 'The PIN typed is not the right one',
    fr: 'Ce code n’est pas le bon.',
    en: 'This is not the right code.',
  },
  'teacher.pin.mismatch': {
    description: 'The two PINs typed when choosing one differ',
    fr: 'Les deux codes ne sont pas identiques.',
    en: 'The two codes are not the same.',
  },
  'teacher.pin.problem': {
    description: 'A new PIN has the wrong shape',
    fr: '{problem, select, notDigits {Le code ne doit contenir que des chiffres.} tooShort {Le code doit avoir au moins 4 chiffres.} tooLong {Le code doit avoir au plus 8 chiffres.} other {Ce code ne convient pas.}}',
    en: '{problem, select, notDigits {The code may only contain digits.} tooShort {The code needs at least 4 digits.} tooLong {The code may have at most 8 digits.} other {This code cannot be used.}}',
  },
  'teacher.lock': {
    description: 'Button locking the teacher area (the PIN is asked again)',
    fr: 'Verrouiller',
    en: 'Lock',
  },
  'teacher.nav': {
    description: 'Accessible name of the teacher area navigation',
    fr: 'Navigation de l’espace enseignant',
    en: 'Teacher area navigation',
  },
  'teacher.nav.classes': {
    description: 'Link to the list of classes',
    fr: 'Mes classes',
    en: 'My classes',
  },
  'teacher.nav.backups': {
    description: 'Link to the backup and import screen',
    fr: 'Sauvegardes',
    en: 'Backups',
  },

  // Classes.
  'teacher.classes.title': {
    description: 'Heading of the list of classes',
    fr: 'Mes classes',
    en: 'My classes',
  },
  'teacher.classes.empty': {
    description: 'No class yet',
    fr: 'Aucune classe pour l’instant. Créez-en une ci-dessous.',
    en: 'No class yet. Create one below.',
  },
  'teacher.classes.newLabel': {
    description: 'Label of the field naming a new class',
    fr: 'Nom de la nouvelle classe',
    en: 'Name of the new class',
  },
  'teacher.classes.create': {
    description: 'Button creating a class',
    fr: 'Créer la classe',
    en: 'Create the class',
  },
  'teacher.classes.pupils': {
    description: 'Number of pupils in a class',
    fr: '{count, plural, =0 {aucun élève} one {# élève} other {# élèves}}',
    en: '{count, plural, =0 {no pupils} one {# pupil} other {# pupils}}',
  },
  'teacher.classes.archived': {
    description: 'Badge of an archived class',
    fr: 'Archivée',
    en: 'Archived',
  },
  'teacher.classes.showArchived': {
    description: 'Button showing archived classes',
    fr: 'Voir les classes archivées ({count})',
    en: 'Show archived classes ({count})',
  },
  'teacher.classes.hideArchived': {
    description: 'Button hiding archived classes',
    fr: 'Cacher les classes archivées',
    en: 'Hide archived classes',
  },
  'teacher.classes.running': {
    description: 'Heading of the sessions that are running',
    fr: 'Séances en cours',
    en: 'Running sessions',
  },
  'teacher.name.problem': {
    description: 'A class or pupil name cannot be used',
    fr: '{problem, select, empty {Le nom est vide.} tooLong {Le nom est trop long ({max} caractères au plus).} duplicate {Ce nom existe déjà. Ajoutez une initiale, par exemple « Léa M. ».} duplicateInList {Ce nom apparaît deux fois dans la liste.} other {Ce nom ne convient pas.}}',
    en: '{problem, select, empty {The name is empty.} tooLong {The name is too long ({max} characters at most).} duplicate {This name already exists. Add an initial, for example “Lea M.”.} duplicateInList {This name appears twice in the list.} other {This name cannot be used.}}',
  },

  // Storage space.
  'teacher.space.title': {
    description: 'Heading of the storage space panel',
    fr: 'Espace de stockage',
    en: 'Storage space',
  },
  'teacher.space.usage': {
    description: 'Storage used and available; used and quota are formatted sizes like "12 Mo"',
    fr: '{used} utilisés sur {quota} disponibles',
    en: '{used} used of {quota} available',
  },
  'teacher.space.unknown': {
    description: 'The browser does not tell how much space is used',
    fr: 'Ce navigateur n’indique pas l’espace utilisé.',
    en: 'This browser does not tell how much space is used.',
  },
  'teacher.space.persist': {
    description: 'Whether the browser promised to keep the data',
    fr: '{state, select, granted {Le navigateur conserve ces données même si la tablette manque de place.} denied {Le navigateur pourrait effacer ces données si la tablette manque de place : faites des sauvegardes régulières.} other {Ce navigateur ne dit pas s’il conserve ces données : faites des sauvegardes régulières.}}',
    en: '{state, select, granted {The browser keeps this data even when the tablet runs out of space.} denied {The browser may erase this data when the tablet runs out of space: make regular backups.} other {This browser does not say whether it keeps this data: make regular backups.}}',
  },

  // One class.
  'teacher.class.notFound': {
    description: 'A class link points to a class this tablet does not have',
    fr: 'Cette classe n’existe pas sur cette tablette.',
    en: 'This class does not exist on this tablet.',
  },
  'teacher.class.nameLabel': {
    description: 'Label of the field renaming a class',
    fr: 'Nom de la classe',
    en: 'Class name',
  },
  'teacher.class.rename': {
    description: 'Button renaming a class',
    fr: 'Renommer',
    en: 'Rename',
  },
  'teacher.class.archive': {
    description: 'Button archiving a class (hidden from the list, kept with its data)',
    fr: 'Archiver la classe',
    en: 'Archive the class',
  },
  'teacher.class.unarchive': {
    description: 'Button bringing an archived class back',
    fr: 'Réactiver la classe',
    en: 'Reactivate the class',
  },
  'teacher.class.archivedNote': {
    description: 'Note on an archived class page',
    fr: 'Cette classe est archivée : ses élèves et leurs progrès sont gardés.',
    en: 'This class is archived: its pupils and their progress are kept.',
  },
  'teacher.class.export': {
    description: 'Button saving one class to a backup file',
    fr: 'Sauvegarder cette classe dans un fichier',
    en: 'Save this class to a file',
  },
  'teacher.pupils.title': {
    description: 'Heading of the pupil list of a class',
    fr: 'Élèves ({count})',
    en: 'Pupils ({count})',
  },
  'teacher.pupils.empty': {
    description: 'A class without pupils',
    fr: 'Aucun élève. Ajoutez-les ci-dessous.',
    en: 'No pupils. Add them below.',
  },
  'teacher.pupils.add': {
    description: 'Heading of the form adding pupils',
    fr: 'Ajouter des élèves',
    en: 'Add pupils',
  },
  'teacher.pupils.mode': {
    description: 'Tabs choosing how to add pupils',
    fr: '{mode, select, one {Un par un} list {Coller une liste} csv {Fichier CSV} other {Autre}}',
    en: '{mode, select, one {One by one} list {Paste a list} csv {CSV file} other {Other}}',
  },
  'teacher.pupils.nameLabel': {
    description: 'Label of the field with a pupil’s first name or nickname',
    fr: 'Prénom ou surnom',
    en: 'First name or nickname',
  },
  'teacher.pupils.addOne': {
    description: 'Button adding one pupil',
    fr: 'Ajouter',
    en: 'Add',
  },
  'teacher.pupils.listLabel': {
    description: 'Label of the text area where a list of names is pasted',
    fr: 'Un prénom par ligne',
    en: 'One first name per line',
  },
  'teacher.pupils.csvLabel': {
    description: 'Label of the CSV file picker',
    fr: 'Choisir un fichier CSV',
    en: 'Choose a CSV file',
  },
  'teacher.pupils.csvHint': {
    description: 'How the CSV file is read',
    fr: 'La colonne « prénom » (ou « nom », « pseudo ») est lue ; sinon la première colonne.',
    en: 'The “first name” column (or “name”, “nickname”) is read; otherwise the first column.',
  },
  'teacher.pupils.csvUnreadable': {
    description: 'The CSV file could not be read',
    fr: 'Ce fichier n’a pas pu être lu comme un tableau CSV.',
    en: 'This file could not be read as a CSV table.',
  },
  'teacher.pupils.previewTitle': {
    description: 'Heading of the list of names about to be added',
    fr: 'Vérifiez la liste',
    en: 'Check the list',
  },
  'teacher.pupils.ready': {
    description: 'A name of the list that will be added',
    fr: 'Prêt',
    en: 'Ready',
  },
  'teacher.pupils.addMany': {
    description: 'Button adding the valid names of a list',
    fr: '{count, plural, one {Ajouter # élève} other {Ajouter # élèves}}',
    en: '{count, plural, one {Add # pupil} other {Add # pupils}}',
  },
  'teacher.pupils.skipped': {
    description: 'Lines of a list that will not be added',
    fr: '{count, plural, one {# ligne ne sera pas ajoutée.} other {# lignes ne seront pas ajoutées.}}',
    en: '{count, plural, one {# line will not be added.} other {# lines will not be added.}}',
  },
  'teacher.pupils.added': {
    description: 'Confirmation after adding pupils',
    fr: '{count, plural, one {# élève ajouté.} other {# élèves ajoutés.}}',
    en: '{count, plural, one {# pupil added.} other {# pupils added.}}',
  },
  'teacher.pupil.avatarButton': {
    description: 'Accessible name of the button changing a pupil’s avatar',
    fr: 'Changer l’avatar de {name}',
    en: 'Change {name}’s avatar',
  },
  'teacher.pupil.avatarTitle': {
    description: 'Heading of the avatar chooser',
    fr: 'Un avatar pour {name}',
    en: 'An avatar for {name}',
  },
  'teacher.pupil.renameLabel': {
    description: 'Label of the field renaming a pupil',
    fr: 'Nouveau nom de {name}',
    en: 'New name for {name}',
  },
  'teacher.pupil.rename': {
    description: 'Button renaming a pupil',
    fr: 'Renommer',
    en: 'Rename',
  },
  'teacher.pupil.archive': {
    description: 'Button taking a pupil out of the class (progress is kept)',
    fr: 'Retirer {name} de la classe',
    en: 'Take {name} out of the class',
  },
  'teacher.pupils.archivedTitle': {
    description: 'Heading of the pupils taken out of the class',
    fr: 'Élèves retirés ({count})',
    en: 'Pupils taken out ({count})',
  },
  'teacher.pupil.restore': {
    description: 'Button putting a pupil back in the class',
    fr: 'Remettre {name} dans la classe',
    en: 'Put {name} back in the class',
  },
  'teacher.avatar': {
    description: 'Name of an avatar animal, read by screen readers',
    fr: '{id, select, fox {renard} panda {panda} frog {grenouille} octopus {pieuvre} lion {lion} tiger {tigre} koala {koala} monkey {singe} rabbit {lapin} bear {ours} penguin {manchot} owl {chouette} turtle {tortue} dolphin {dauphin} unicorn {licorne} bee {abeille} ladybug {coccinelle} butterfly {papillon} snail {escargot} whale {baleine} cat {chat} dog {chien} hedgehog {hérisson} chick {poussin} other {animal}}',
    en: '{id, select, fox {fox} panda {panda} frog {frog} octopus {octopus} lion {lion} tiger {tiger} koala {koala} monkey {monkey} rabbit {rabbit} bear {bear} penguin {penguin} owl {owl} turtle {turtle} dolphin {dolphin} unicorn {unicorn} bee {bee} ladybug {ladybird} butterfly {butterfly} snail {snail} whale {whale} cat {cat} dog {dog} hedgehog {hedgehog} chick {chick} other {animal}}',
  },
  'teacher.class.sessions': {
    description: 'Heading of the sessions of a class',
    fr: 'Séances',
    en: 'Sessions',
  },
  'teacher.class.noSessions': {
    description: 'A class without sessions',
    fr: 'Aucune séance pour l’instant.',
    en: 'No session yet.',
  },
  'teacher.class.newSession': {
    description: 'Button preparing a new session for a class',
    fr: 'Préparer une séance',
    en: 'Prepare a session',
  },
  'teacher.session.item': {
    description: 'A session in a list: date, pack and whether it runs',
    fr: '{date, date, medium} à {date, time, short} · {pack} · {running, select, true {en cours} other {terminée}}',
    en: '{date, date, medium} at {date, time, short} · {pack} · {running, select, true {running} other {ended}}',
  },

  // Session setup.
  'teacher.setup.title': {
    description: 'Heading of the session setup screen',
    fr: 'Nouvelle séance · {className}',
    en: 'New session · {className}',
  },
  'teacher.setup.pack': {
    description: 'Label of the lesson pack chooser',
    fr: 'Parcours',
    en: 'Course',
  },
  'teacher.setup.noPacks': {
    description: 'No lesson pack on this device',
    fr: 'Aucun parcours n’est disponible sur cette tablette.',
    en: 'No course is available on this tablet.',
  },
  'teacher.setup.noPupils': {
    description: 'A session needs pupils',
    fr: 'Ajoutez d’abord des élèves à la classe.',
    en: 'Add pupils to the class first.',
  },
  'teacher.setup.levels': {
    description: 'Heading of the level checkboxes',
    fr: 'Niveaux ouverts aux élèves',
    en: 'Levels open to pupils',
  },
  'teacher.setup.allLevels': {
    description: 'Button ticking every level',
    fr: 'Tout cocher',
    en: 'Tick all',
  },
  'teacher.setup.noLevels': {
    description: 'Button unticking every level',
    fr: 'Tout décocher',
    en: 'Untick all',
  },
  'teacher.setup.level': {
    description: 'A level in the setup list: number and title',
    fr: 'Niveau {n} : {title}',
    en: 'Level {n}: {title}',
  },
  'teacher.setup.groups': {
    description: 'Heading of the group section',
    fr: 'Groupes',
    en: 'Groups',
  },
  'teacher.setup.groupsIntro': {
    description: 'What groups are',
    fr: 'Les élèves d’un groupe partagent une tablette et un robot, et changent de rôle. Les élèves sans groupe jouent seuls.',
    en: 'Pupils in a group share a tablet and a robot, and swap roles. Pupils without a group play alone.',
  },
  'teacher.setup.addGroup': {
    description: 'Button adding an empty group',
    fr: 'Ajouter un groupe',
    en: 'Add a group',
  },
  'teacher.setup.autoGroups': {
    description: 'Button splitting the class into groups of a size',
    fr: 'Former des groupes de {size}',
    en: 'Make groups of {size}',
  },
  'teacher.setup.clearGroups': {
    description: 'Button removing every group',
    fr: 'Pas de groupes',
    en: 'No groups',
  },
  'teacher.setup.removeGroup': {
    description: 'Button removing a group',
    fr: 'Supprimer le groupe {n}',
    en: 'Remove group {n}',
  },
  'teacher.group.name': {
    description: 'Default name of a group',
    fr: 'Groupe {n}',
    en: 'Group {n}',
  },
  'teacher.setup.pupilGroup': {
    description: 'Label of the group chooser of one pupil',
    fr: 'Groupe de {name}',
    en: 'Group of {name}',
  },
  'teacher.setup.alone': {
    description: 'Option: the pupil plays alone',
    fr: 'Seul·e',
    en: 'Alone',
  },
  'teacher.setup.robot': {
    description: 'Label of the robot chooser of a group',
    fr: 'Robot du groupe {n}',
    en: 'Robot of group {n}',
  },
  'teacher.setup.noRobot': {
    description: 'Option: the group uses only the simulator',
    fr: 'Simulateur seulement',
    en: 'Simulator only',
  },
  'teacher.setup.rotation': {
    description: 'Legend of the role rotation choice',
    fr: 'Les rôles changent',
    en: 'Roles change',
  },
  'teacher.setup.rotationOption': {
    description: 'When roles change',
    fr: '{rotation, select, run {à chaque essai} other {à chaque niveau}}',
    en: '{rotation, select, run {at each run} other {at each level}}',
  },
  'teacher.role': {
    description: 'A role in a group',
    fr: '{role, select, driver {Pilote} navigator {Navigateur·rice} reporter {Rapporteur·euse} other {Équipier·ère}}',
    en: '{role, select, driver {Driver} navigator {Navigator} reporter {Reporter} other {Crew}}',
  },
  'teacher.setup.start': {
    description: 'Button starting the session and showing the pupil picker on this tablet',
    fr: 'Démarrer la séance',
    en: 'Start the session',
  },
  'teacher.setup.problem': {
    description: 'Why a session cannot start',
    fr: '{problem, select, noLevels {Cochez au moins un niveau.} emptyGroup {Un groupe n’a aucun élève.} pupilInTwoGroups {Un élève est dans deux groupes.} robotInTwoGroups {Un robot est donné à deux groupes.} unknownPupil {Un élève n’est plus dans la classe.} noPack {Choisissez un parcours.} other {La séance ne peut pas démarrer.}}',
    en: '{problem, select, noLevels {Tick at least one level.} emptyGroup {A group has no pupils.} pupilInTwoGroups {A pupil is in two groups.} robotInTwoGroups {A robot is given to two groups.} unknownPupil {A pupil is no longer in the class.} noPack {Choose a course.} other {The session cannot start.}}',
  },

  // A session.
  'teacher.session.notFound': {
    description: 'A session link points to a session this tablet does not have',
    fr: 'Cette séance n’existe pas sur cette tablette.',
    en: 'This session does not exist on this tablet.',
  },
  'teacher.session.title': {
    description: 'Heading of a session page',
    fr: 'Séance du {date, date, medium} · {className}',
    en: 'Session of {date, date, medium} · {className}',
  },
  'teacher.session.state': {
    description: 'Whether a session runs',
    fr: '{running, select, true {En cours depuis {start, time, short}} other {Terminée à {end, time, short}}}',
    en: '{running, select, true {Running since {start, time, short}} other {Ended at {end, time, short}}}',
  },
  'teacher.session.levels': {
    description: 'Pack and number of levels open in a session',
    fr: '{pack} · {count, plural, one {# niveau} other {# niveaux}}',
    en: '{pack} · {count, plural, one {# level} other {# levels}}',
  },
  'teacher.session.showPicker': {
    description:
      'Button showing the pupils’ picker of this session on this tablet (locks the teacher area)',
    fr: 'Afficher l’écran des élèves sur cette tablette',
    en: 'Show the pupils’ screen on this tablet',
  },
  'teacher.session.end': {
    description: 'Button ending a session',
    fr: 'Terminer la séance',
    en: 'End the session',
  },
  'teacher.session.confirmEnd': {
    description: 'Confirmation before ending a session',
    fr: 'Terminer la séance ? Les élèves ne pourront plus y jouer.',
    en: 'End the session? Pupils will not be able to play in it any more.',
  },
  'teacher.session.refresh': {
    description: 'Button reloading the session summary',
    fr: 'Actualiser',
    en: 'Refresh',
  },
  'teacher.session.summary': {
    description: 'Heading of the session summary',
    fr: 'Bilan',
    en: 'Summary',
  },
  'teacher.session.nobody': {
    description: 'Session summary when nobody is listed',
    fr: 'Personne n’a encore joué.',
    en: 'Nobody has played yet.',
  },
  'teacher.session.who': {
    description: 'Column header: pupil or group',
    fr: 'Élève ou groupe',
    en: 'Pupil or group',
  },
  'teacher.session.solved': {
    description: 'Levels solved out of the levels open',
    fr: '{solved} / {total} réussis',
    en: '{solved} / {total} solved',
  },
  'teacher.session.attempts': {
    description: 'Number of attempts',
    fr: '{count, plural, =0 {aucun essai} one {# essai} other {# essais}}',
    en: '{count, plural, =0 {no attempts} one {# attempt} other {# attempts}}',
  },
  'teacher.session.levelState': {
    description: 'Accessible description of one level in the summary grid',
    fr: 'Niveau {n} : {status, select, solved {réussi, {stars, plural, one {# étoile} other {# étoiles}}} tried {essayé, pas encore réussi} other {pas commencé}}',
    en: 'Level {n}: {status, select, solved {solved, {stars, plural, one {# star} other {# stars}}} tried {tried, not solved yet} other {not started}}',
  },
  'teacher.session.stuck': {
    description: 'Why a pupil or group looks stuck',
    fr: '{reason, select, failures {Bloqué au niveau {n} : {failures} essais sans réussite} other {Bloqué au niveau {n} depuis {minutes} min}}',
    en: '{reason, select, failures {Stuck on level {n}: {failures} attempts without success} other {Stuck on level {n} for {minutes} min}}',
  },
  'teacher.session.stuckCount': {
    description: 'How many pupils or groups look stuck',
    fr: '{count, plural, =0 {Personne ne semble bloqué.} one {# élève ou groupe semble bloqué.} other {# élèves ou groupes semblent bloqués.}}',
    en: '{count, plural, =0 {Nobody seems stuck.} one {# pupil or group seems stuck.} other {# pupils or groups seem stuck.}}',
  },
  'teacher.session.journal': {
    description: 'Heading of the list of every attempt of a session',
    fr: 'Tous les essais ({count})',
    en: 'Every attempt ({count})',
  },
  'teacher.session.col.when': {
    description: 'Column header: time of an attempt',
    fr: 'Heure',
    en: 'Time',
  },
  'teacher.session.col.levels': {
    description: 'Column header: the levels of the session, one square each',
    fr: 'Niveaux',
    en: 'Levels',
  },
  'teacher.session.col.progress': {
    description: 'Column header: levels solved, attempts, stuck',
    fr: 'Avancement',
    en: 'Progress',
  },
  'teacher.session.col.level': {
    description: 'Column header: level of an attempt',
    fr: 'Niveau',
    en: 'Level',
  },
  'teacher.session.col.result': {
    description: 'Column header: result of an attempt',
    fr: 'Résultat',
    en: 'Result',
  },
  'teacher.session.col.blocks': {
    description: 'Column header: blocks used in an attempt',
    fr: 'Blocs',
    en: 'Blocks',
  },
  'teacher.session.time': {
    description: 'Time of an attempt',
    fr: '{at, time, short}',
    en: '{at, time, short}',
  },
  'teacher.outcome': {
    description: 'Result of an attempt, with its stars',
    fr: '{kind, select, success {Réussi ({stars, plural, one {# étoile} other {# étoiles}})} crash {Choc} notReached {Pas arrivé} timeout {Trop long} error {Erreur} other {Pas réussi}}',
    en: '{kind, select, success {Solved ({stars, plural, one {# star} other {# stars}})} crash {Crash} notReached {Did not arrive} timeout {Too long} error {Error} other {Not solved}}',
  },
  'teacher.session.unknownPupil': {
    description: 'An attempt by a pupil this tablet does not know',
    fr: 'Élève inconnu',
    en: 'Unknown pupil',
  },

  // Backups.
  'teacher.backup.title': {
    description: 'Heading of the backup screen',
    fr: 'Sauvegardes et échanges entre tablettes',
    en: 'Backups and exchanges between tablets',
  },
  'teacher.backup.export': {
    description: 'Heading of the export part',
    fr: 'Sauvegarder',
    en: 'Save',
  },
  'teacher.backup.exportIntro': {
    description: 'What an export is for',
    fr: 'Le fichier contient les classes, les élèves, les séances et tous les essais. Copiez-le sur une clé USB ou l’ordinateur de l’école.',
    en: 'The file holds the classes, pupils, sessions and every attempt. Copy it to a USB stick or the school computer.',
  },
  'teacher.backup.exportAll': {
    description: 'Button saving everything to a file',
    fr: 'Tout sauvegarder dans un fichier',
    en: 'Save everything to a file',
  },
  'teacher.backup.exportClass': {
    description: 'Button saving one class to a file',
    fr: 'Sauvegarder « {className} »',
    en: 'Save “{className}”',
  },
  'teacher.backup.exported': {
    description: 'Confirmation that a backup file was made',
    fr: 'Fichier « {file} » créé.',
    en: 'File “{file}” created.',
  },
  'teacher.backup.exportFailed': {
    description: 'The backup file could not be made',
    fr: 'La sauvegarde n’a pas pu être créée.',
    en: 'The backup could not be made.',
  },
  'teacher.backup.import': {
    description: 'Heading of the import part',
    fr: 'Importer des fichiers d’autres tablettes',
    en: 'Import files from other tablets',
  },
  'teacher.backup.importIntro': {
    description: 'How importing works',
    fr: 'Les essais déjà présents ne sont pas comptés deux fois : vous pouvez importer le même fichier plusieurs fois sans risque.',
    en: 'Attempts already here are not counted twice: you can import the same file several times safely.',
  },
  'teacher.backup.choose': {
    description: 'Label of the file picker for backups',
    fr: 'Choisir un ou plusieurs fichiers',
    en: 'Choose one or more files',
  },
  'teacher.backup.fileOk': {
    description: 'A backup file that can be imported: device and date it was made',
    fr: 'Sauvegarde du {date, date, medium} à {date, time, short}, tablette {device}',
    en: 'Backup of {date, date, medium} at {date, time, short}, tablet {device}',
  },
  'teacher.backup.problem': {
    description: 'Why a backup file is refused',
    fr: '{problem, select, foreign {Ce fichier n’est pas une sauvegarde Parcours.} truncated {Ce fichier est incomplet (coupé avant la fin). Refaites la sauvegarde sur l’autre tablette.} newerVersion {Ce fichier vient d’une version plus récente de Parcours. Mettez cette tablette à jour, puis réessayez.} corrupted {Ce fichier a été modifié ou abîmé : son contenu ne correspond plus à sa signature.} invalid {Ce fichier contient des données illisibles.} unreadable {Ce fichier n’a pas pu être lu.} other {Ce fichier est refusé.}} Rien n’a été modifié.',
    en: '{problem, select, foreign {This file is not a Parcours backup.} truncated {This file is incomplete (cut off before its end). Make the backup again on the other tablet.} newerVersion {This file comes from a newer version of Parcours. Update this tablet, then try again.} corrupted {This file was changed or damaged: its content no longer matches its signature.} invalid {This file holds unreadable data.} unreadable {This file could not be read.} other {This file is refused.}} Nothing was changed.',
  },
  'teacher.backup.preview': {
    description: 'Heading of what an import will add',
    fr: 'Ce qui sera ajouté',
    en: 'What will be added',
  },
  'teacher.backup.nothingNew': {
    description: 'An import would change nothing',
    fr: 'Rien de nouveau : tout est déjà sur cette tablette.',
    en: 'Nothing new: everything is already on this tablet.',
  },
  'teacher.backup.count': {
    description: 'One line of the import preview: how many records of a kind are new or updated',
    fr: '{kind, select, classes {{added, plural, one {# nouvelle classe} other {# nouvelles classes}}} pupils {{added, plural, one {# nouvel élève} other {# nouveaux élèves}}} sessions {{added, plural, one {# nouvelle séance} other {# nouvelles séances}}} attempts {{added, plural, one {# nouvel essai} other {# nouveaux essais}}} workspaces {{added, plural, one {# programme en cours} other {# programmes en cours}}} robots {{added, plural, one {# robot} other {# robots}}} other {{added, plural, one {# parcours créé} other {# parcours créés}}}}{updated, plural, =0 {} one {, # mis à jour} other {, # mis à jour}}',
    en: '{kind, select, classes {{added, plural, one {# new class} other {# new classes}}} pupils {{added, plural, one {# new pupil} other {# new pupils}}} sessions {{added, plural, one {# new session} other {# new sessions}}} attempts {{added, plural, one {# new attempt} other {# new attempts}}} workspaces {{added, plural, one {# program in progress} other {# programs in progress}}} robots {{added, plural, one {# robot} other {# robots}}} other {{added, plural, one {# authored course} other {# authored courses}}}}{updated, plural, =0 {} one {, # updated} other {, # updated}}',
  },
  'teacher.backup.newNames': {
    description: 'Names of the new classes or pupils an import brings',
    fr: 'Nouveaux : {names}',
    en: 'New: {names}',
  },
  'teacher.backup.merge': {
    description: 'Button importing the accepted files',
    fr: '{count, plural, one {Importer le fichier} other {Importer les # fichiers}}',
    en: '{count, plural, one {Import the file} other {Import the # files}}',
  },
  'teacher.backup.merged': {
    description: 'Confirmation after an import',
    fr: 'Import terminé : {attempts, plural, =0 {aucun nouvel essai} one {# nouvel essai} other {# nouveaux essais}}.',
    en: 'Import done: {attempts, plural, =0 {no new attempts} one {# new attempt} other {# new attempts}}.',
  },
  'teacher.backup.mergeFailed': {
    description: 'An import failed while writing; the transaction was rolled back',
    fr: '{quota, select, true {La tablette est pleine : l’import n’a pas pu se faire.} other {L’import a échoué.}} Rien n’a été modifié.',
    en: '{quota, select, true {The tablet is full: the import could not be done.} other {The import failed.}} Nothing was changed.',
  },

  // The pupils' picker on a session tablet.
  'picker.title': {
    description: 'Heading of the pupil picker',
    fr: 'Qui es-tu ?',
    en: 'Who are you?',
  },
  'picker.intro': {
    description: 'What to do on the pupil picker',
    fr: 'Touche ton prénom, ou celui de ton groupe.',
    en: 'Tap your name, or your group’s.',
  },
  'picker.groups': {
    description: 'Heading of the groups on the picker',
    fr: 'Groupes',
    en: 'Groups',
  },
  'picker.pupils': {
    description: 'Heading of the pupils on the picker',
    fr: 'Élèves',
    en: 'Pupils',
  },
  'picker.noSession': {
    description: 'No session is shown on this tablet',
    fr: 'Aucune séance n’est ouverte sur cette tablette.',
    en: 'No session is open on this tablet.',
  },
  'picker.freePlay': {
    description: 'Link to play without a session',
    fr: 'Jouer librement',
    en: 'Play freely',
  },
  'picker.teacher': {
    description: 'Link to the teacher area',
    fr: 'Espace enseignant',
    en: 'Teacher area',
  },
  'picker.hello': {
    description: 'Greeting after a pupil picked their name',
    fr: 'Bonjour {name} !',
    en: 'Hello {name}!',
  },
  'picker.levels': {
    description: 'Heading of the levels the pupil may play',
    fr: 'Tes niveaux',
    en: 'Your levels',
  },
  'picker.level': {
    description: 'A level button: number, title and stars',
    fr: 'Niveau {n} : {title}, {stars, plural, =0 {pas encore d’étoile} one {# étoile} other {# étoiles}}',
    en: 'Level {n}: {title}, {stars, plural, =0 {no stars yet} one {# star} other {# stars}}',
  },
  'picker.notMe': {
    description: 'Button going back to the list of names',
    fr: 'Ce n’est pas moi',
    en: 'That’s not me',
  },
  'picker.done': {
    description: 'Button a pupil taps when leaving the tablet',
    fr: 'J’ai fini',
    en: 'I’m done',
  },
  'picker.roles': {
    description: 'Heading of who does what in a group',
    fr: 'Qui fait quoi',
    en: 'Who does what',
  },
  'picker.role': {
    description: 'A pupil and their role in the group',
    fr: '{name} : {role}',
    en: '{name}: {role}',
  },
  'picker.levelClosed': {
    description: 'The player refuses a level that the session does not open',
    fr: 'Ce niveau n’est pas ouvert pendant la séance.',
    en: 'This level is not open in this session.',
  },
  'picker.backToLevels': {
    description: 'Link back to the session levels',
    fr: 'Retour à mes niveaux',
    en: 'Back to my levels',
  },
  'picker.pickFirst': {
    description: 'The player asks the pupil to pick their name first',
    fr: 'Choisis d’abord ton prénom.',
    en: 'Pick your name first.',
  },

  // Storage alerts, for pupils and teachers.
  'storage.problem': {
    description: 'Writes are failing; the pupil’s work is kept in memory',
    fr: '{problem, select, quotaExceeded {La tablette est pleine : ton travail est gardé, mais pas encore enregistré. Ne ferme pas la page et préviens l’adulte.} other {Ton travail ne peut pas être enregistré sur cette tablette. Il est gardé tant que la page reste ouverte : préviens l’adulte.}}',
    en: '{problem, select, quotaExceeded {The tablet is full: your work is kept, but not saved yet. Do not close the page and tell the adult.} other {Your work cannot be saved on this tablet. It is kept while the page stays open: tell the adult.}}',
  },
  'storage.retry': {
    description: 'Button trying to save the kept work again',
    fr: 'Réessayer',
    en: 'Try again',
  },
  'storage.teacherHint': {
    description: 'What the teacher can do when the tablet is full',
    fr: 'Libérez de la place sur la tablette (photos, applications, autres sites), puis touchez « Réessayer ».',
    en: 'Free some space on the tablet (photos, apps, other websites), then tap “Try again”.',
  },
});
