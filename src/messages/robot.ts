// Messages of the robot connection: the Robot button and its status badge, the connection
// panel (robot kinds, ways of connecting, progress), naming, identify, calibration, the robot
// run with its STOP button, and one clear sentence for every failure. Pupils aged 7+ and
// animators read these: short sentences, "tu", and what to do next.
import { defineMessages } from './define';

export const robot = defineMessages({
  'robot.button': {
    description: 'Toolbar button of the lesson player opening the robot panel',
    fr: 'Robot',
    en: 'Robot',
  },
  'robot.status.none': {
    description: 'Status badge: no robot is connected',
    fr: 'Pas de robot',
    en: 'No robot',
  },
  'robot.status.connecting': {
    description: 'Status badge: a robot is being connected',
    fr: 'Connexion…',
    en: 'Connecting…',
  },
  'robot.status.connected': {
    description: 'Status badge: a robot is connected; name is the robot’s name',
    fr: '{name} est prêt',
    en: '{name} is ready',
  },
  'robot.status.lost': {
    description: 'Status badge: the connected robot was unplugged or switched off',
    fr: 'Robot débranché',
    en: 'Robot unplugged',
  },
  'robot.loadFailed': {
    description:
      'Under the Robot button: the robot code could not be downloaded (offline before it was cached)',
    fr: 'Le panneau du robot ne s’ouvre pas. Recharge la page pour réessayer.',
    en: 'The robot panel would not open. Reload the page to try again.',
  },
  'robot.status.error': {
    description: 'Status badge: connecting failed',
    fr: 'Robot non connecté',
    en: 'Robot not connected',
  },
  'robot.panel.title': {
    description: 'Title of the robot connection panel',
    fr: 'Mon robot',
    en: 'My robot',
  },
  'robot.choose.kind': {
    description: 'Heading above the list of robot kinds to choose from',
    fr: 'Quel robot ?',
    en: 'Which robot?',
  },
  'robot.choose.transport': {
    description: 'Heading above the ways of connecting the chosen robot',
    fr: 'Comment est-il relié ?',
    en: 'How is it connected?',
  },
  'robot.kind.parcours-line': {
    description: 'Robot kind: a robot running the Parcours firmware (Arduino or micro:bit)',
    fr: 'Robot Parcours (Arduino, micro:bit)',
    en: 'Parcours robot (Arduino, micro:bit)',
  },
  'robot.kind.microbit-repl': {
    description: 'Robot kind: a BBC micro:bit with MicroPython',
    fr: 'micro:bit (MicroPython)',
    en: 'micro:bit (MicroPython)',
  },
  'robot.kind.thymio': {
    description: 'Robot kind: the Thymio II robot',
    fr: 'Thymio II',
    en: 'Thymio II',
  },
  'robot.kind.mbot': {
    description: 'Robot kind: the Makeblock mBot',
    fr: 'mBot',
    en: 'mBot',
  },
  'robot.transport.serial': {
    description: 'Way of connecting: a USB cable (Web Serial)',
    fr: 'Câble USB',
    en: 'USB cable',
  },
  'robot.transport.usb-serial': {
    description: 'Way of connecting: a USB cable on an Android tablet (WebUSB)',
    fr: 'Câble USB (tablette Android)',
    en: 'USB cable (Android tablet)',
  },
  'robot.transport.bluetooth': {
    description: 'Way of connecting: Bluetooth',
    fr: 'Bluetooth',
    en: 'Bluetooth',
  },
  'robot.transport.simulator': {
    description: 'Way of connecting: the demonstration robot that lives in the tablet',
    fr: 'Robot de démonstration (sans matériel)',
    en: 'Demo robot (no hardware)',
  },
  'robot.transport.unavailable': {
    description: 'Shown beside a way of connecting that this browser cannot use',
    fr: 'pas possible avec ce navigateur',
    en: 'not possible in this browser',
  },
  'robot.known.title': {
    description: 'Heading above robots this tablet may reconnect without the picker',
    fr: 'Robots déjà autorisés',
    en: 'Robots already allowed',
  },
  'robot.known.connect': {
    description: 'Button reconnecting a robot allowed earlier; label is its technical name',
    fr: 'Reconnecter {label}',
    en: 'Reconnect {label}',
  },
  'robot.step.picking': {
    description: 'Progress while the browser’s device picker is open',
    fr: 'Choisis ton robot dans la fenêtre du navigateur…',
    en: 'Pick your robot in the browser’s window…',
  },
  'robot.step.opening': {
    description: 'Progress while the connection opens',
    fr: 'Ouverture de la connexion…',
    en: 'Opening the connection…',
  },
  'robot.step.handshake': {
    description: 'Progress while the robot introduces itself (handshake)',
    fr: 'Le robot se présente…',
    en: 'The robot is introducing itself…',
  },
  'robot.step.installing': {
    description: 'Progress while the app copies its program onto a micro:bit (several seconds)',
    fr: 'Installation du programme Parcours sur la micro:bit… Ne débranche pas le câble.',
    en: 'Installing the Parcours program on the micro:bit… Keep the cable plugged in.',
  },
  'robot.cancel': {
    description: 'Button giving up a connection in progress',
    fr: 'Annuler',
    en: 'Cancel',
  },
  'robot.connected.details': {
    description: 'Line under the connected robot’s name: its kind and firmware',
    fr: '{kind} · {firmware}',
    en: '{kind} · {firmware}',
  },
  'robot.demo.note': {
    description: 'Note shown when the demonstration robot is connected',
    fr: 'Ce robot n’existe que dans la tablette : il sert à essayer sans matériel.',
    en: 'This robot only lives in the tablet: use it to try without hardware.',
  },
  'robot.name.label': {
    description: 'Label of the field giving the robot a name',
    fr: 'Nom du robot',
    en: 'Robot’s name',
  },
  'robot.name.save': {
    description: 'Button saving the robot’s name',
    fr: 'Nommer',
    en: 'Rename',
  },
  'robot.shortName.parcours-line': {
    description: 'Short name of a robot with the Parcours firmware, to name new robots',
    fr: 'Robot Parcours',
    en: 'Parcours robot',
  },
  'robot.shortName.microbit-repl': {
    description: 'Short name of a micro:bit, to name new robots',
    fr: 'micro:bit',
    en: 'micro:bit',
  },
  'robot.shortName.thymio': {
    description: 'Short name of a Thymio, to name new robots',
    fr: 'Thymio',
    en: 'Thymio',
  },
  'robot.shortName.mbot': {
    description: 'Short name of an mBot, to name new robots',
    fr: 'mBot',
    en: 'mBot',
  },
  'robot.shortName.demo': {
    description: 'Short name of the demonstration robot, to name it',
    fr: 'Robot démo',
    en: 'Demo robot',
  },
  'robot.name.default': {
    description: 'Name given to a robot that has none yet; n counts robots of that kind',
    fr: '{kind} {n}',
    en: '{kind} {n}',
  },
  'robot.identify': {
    description: 'Button making the robot blink and beep so a group finds theirs',
    fr: 'Faire clignoter',
    en: 'Blink and beep',
  },
  'robot.identify.done': {
    description: 'Announced after the robot blinked',
    fr: 'Le robot a clignoté.',
    en: 'The robot blinked.',
  },
  'robot.disconnect': {
    description: 'Button disconnecting the robot',
    fr: 'Déconnecter',
    en: 'Disconnect',
  },
  'robot.reconnect': {
    description: 'Button reconnecting the last robot without the picker',
    fr: 'Reconnecter',
    en: 'Reconnect',
  },
  'robot.chooseAnother': {
    description: 'Button going back to the choice of robot',
    fr: 'Choisir un autre robot',
    en: 'Choose another robot',
  },
  'robot.retry': {
    description: 'Button trying again after a failure',
    fr: 'Réessayer',
    en: 'Try again',
  },
  'robot.calibration.title': {
    description: 'Heading of the calibration section (how far and how much the robot turns)',
    fr: 'Réglage du robot',
    en: 'Robot settings',
  },
  'robot.calibration.help': {
    description: 'Explains calibration',
    fr: 'Pose le robot sur le tapis, essaie, puis corrige jusqu’à ce qu’il avance d’une case et tourne d’un quart de tour.',
    en: 'Put the robot on the mat, try, then adjust until it moves one square and turns a quarter turn.',
  },
  'robot.calibration.square': {
    description: 'Calibration row: the distance of one square',
    fr: 'Avancer d’une case',
    en: 'Move one square',
  },
  'robot.calibration.turn': {
    description: 'Calibration row: a quarter turn',
    fr: 'Tourner d’un quart de tour',
    en: 'Turn a quarter turn',
  },
  'robot.calibration.try': {
    description: 'Button making the robot do the calibration move once',
    fr: 'Essayer',
    en: 'Try',
  },
  'robot.calibration.less': {
    description: 'Button shortening the move or the turn by a little',
    fr: 'Moins',
    en: 'Less',
  },
  'robot.calibration.more': {
    description: 'Button lengthening the move or the turn by a little',
    fr: 'Plus',
    en: 'More',
  },
  'robot.calibration.value': {
    description: 'Current duration of the move or turn, in milliseconds',
    fr: '{ms, number} ms',
    en: '{ms, number} ms',
  },
  'robot.calibration.save': {
    description: 'Button saving the calibration for this robot',
    fr: 'Enregistrer le réglage',
    en: 'Save the settings',
  },
  'robot.calibration.saved': {
    description: 'Confirmation that the calibration was saved',
    fr: 'Réglage enregistré pour ce robot.',
    en: 'Settings saved for this robot.',
  },
  'robot.support.simulatorOnly': {
    description: 'This browser has no way to reach robots (Firefox, Safari…)',
    fr: 'Ce navigateur ne peut pas se connecter aux robots. Utilise Chrome ou Edge, ou joue avec le simulateur et le robot de démonstration.',
    en: 'This browser cannot connect to robots. Use Chrome or Edge, or play with the simulator and the demo robot.',
  },
  'robot.support.ipad': {
    description: 'On iPad and iPhone no browser can reach robots',
    fr: 'Sur iPad, aucun navigateur ne peut piloter un robot : joue avec le simulateur et le robot de démonstration.',
    en: 'On iPad, no browser can drive a robot: play with the simulator and the demo robot.',
  },
  'robot.support.insecure': {
    description: 'The page is not served over https, so device access is blocked',
    fr: 'Pour se connecter à un robot, la page doit être ouverte en https.',
    en: 'To connect to a robot, the page must be opened over https.',
  },
  'robot.error.no-device-selected': {
    description: 'The browser’s picker was closed without choosing a robot',
    fr: 'Aucun robot choisi. Recommence et choisis ton robot dans la liste.',
    en: 'No robot chosen. Start again and pick your robot in the list.',
  },
  'robot.error.device-in-use': {
    description: 'The port is held by another program or tab',
    fr: 'Ce robot est déjà utilisé par un autre programme ou un autre onglet (Thymio Suite, moniteur série…). Ferme-le, puis réessaie.',
    en: 'This robot is already used by another program or tab (Thymio Suite, a serial monitor…). Close it, then try again.',
  },
  'robot.error.disconnected': {
    description: 'The robot could not be reached or stopped answering',
    fr: 'Le robot ne répond plus : il est débranché ou éteint. Rebranche-le, puis réessaie.',
    en: 'The robot is not answering: it is unplugged or switched off. Plug it back in, then try again.',
  },
  'robot.error.timeout': {
    description: 'The robot did not answer in time',
    fr: 'Le robot n’a pas répondu. Vérifie qu’il est allumé, bien relié, et que le bon type de robot est choisi.',
    en: 'The robot did not answer. Check that it is on, connected, and that the right kind of robot is chosen.',
  },
  'robot.error.unsupported': {
    description: 'This browser or device cannot drive this robot this way',
    fr: 'Impossible de piloter ce robot de cette façon avec cet appareil. Essaie une autre façon de le relier, ou le simulateur.',
    en: 'This robot cannot be driven this way on this device. Try another way of connecting it, or the simulator.',
  },
  'robot.error.permission-denied': {
    description: 'The browser or the user refused access to the device',
    fr: 'Le navigateur a refusé l’accès au robot. Autorise-le (icône du cadenas près de l’adresse), puis réessaie.',
    en: 'The browser refused access to the robot. Allow it (padlock icon near the address), then try again.',
  },
  'robot.error.protocol': {
    description: 'The device answered but does not speak the expected protocol',
    fr: 'Le robot ne parle pas la langue attendue. Vérifie le type de robot choisi, ou installe le programme Parcours sur le robot.',
    en: 'The robot does not speak the expected language. Check the kind of robot chosen, or install the Parcours program on the robot.',
  },
  'robot.lost': {
    description: 'The connected robot was unplugged or switched off',
    fr: 'Le robot a été débranché ou s’est éteint. Rebranche-le, puis appuie sur « Reconnecter ».',
    en: 'The robot was unplugged or switched off. Plug it back in, then press “Reconnect”.',
  },
  'robot.run.button': {
    description: 'Button running the pupil’s program on the real robot',
    fr: 'Lancer sur le robot',
    en: 'Run on the robot',
  },
  'robot.run.buttonShort': {
    description:
      'Visible text of the button running the program on the robot, beside a play icon (its full name is robot.run.button)',
    fr: 'Sur le robot',
    en: 'On the robot',
  },
  'robot.run.title': {
    description: 'Title of the robot run view',
    fr: 'Le robot roule',
    en: 'The robot is driving',
  },
  'robot.run.stop': {
    description: 'The big STOP button that stops the robot at once',
    fr: 'STOP',
    en: 'STOP',
  },
  'robot.run.stopHint': {
    description: 'Keyboard shortcut shown under the STOP button',
    fr: 'Échap ou Espace',
    en: 'Escape or Space',
  },
  'robot.run.progress': {
    description: 'How many actions the robot has confirmed so far',
    fr: '{n, plural, =0 {Le robot démarre…} one {# action faite par le robot} other {# actions faites par le robot}}',
    en: '{n, plural, =0 {The robot is starting…} one {# action done by the robot} other {# actions done by the robot}}',
  },
  'robot.run.stopped': {
    description: 'The run ended because STOP was pressed',
    fr: 'Le robot a été arrêté.',
    en: 'The robot was stopped.',
  },
  'robot.run.lost': {
    description: 'The robot was unplugged during the run; the attempt was kept',
    fr: 'Le robot a été débranché pendant le parcours. Ton essai est gardé.',
    en: 'The robot was unplugged during the run. Your attempt is kept.',
  },
  'robot.run.timeout': {
    description: 'The robot did not confirm an action in time during a run',
    fr: 'Le robot n’a pas confirmé son mouvement à temps. Vérifie qu’il n’est pas coincé, puis réessaie.',
    en: 'The robot did not confirm its move in time. Check it is not stuck, then try again.',
  },
  'robot.run.robotError': {
    description: 'The robot refused or failed a command during a run',
    fr: 'Le robot a refusé une commande. Vérifie ses piles, puis réessaie.',
    en: 'The robot refused a command. Check its batteries, then try again.',
  },
  'robot.run.success': {
    description: 'The robot run succeeded',
    fr: 'Bravo, le robot a réussi le parcours !',
    en: 'Well done, the robot made it!',
  },
  'robot.run.notReady': {
    description: 'The program has errors and cannot run on the robot',
    fr: 'Le programme a une erreur : corrige-la d’abord dans le simulateur.',
    en: 'The program has an error: fix it first in the simulator.',
  },
  'robot.run.close': {
    description: 'Button closing the robot run view',
    fr: 'Fermer',
    en: 'Close',
  },
  'robot.run.stage': {
    description: 'Accessible name of the board in the robot run view',
    fr: 'Où en est le robot',
    en: 'Where the robot is',
  },
});
