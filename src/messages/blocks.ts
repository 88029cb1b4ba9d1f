// Words on the Blockly blocks (labels, dropdown choices, tooltips, icon descriptions).
// `%1`, `%2`… mark where Blockly puts an icon or a field: keep every marker in each locale,
// in the order the sentence needs. Children aged 7 read these: short, concrete words.
import { defineMessages } from './define';

export const blocks = defineMessages({
  'blocks.start': {
    description: 'Hat block every program starts from. %1 is a play icon.',
    fr: '%1 quand je lance',
    en: '%1 when I start',
  },
  'blocks.moveForward': {
    description: 'Block moving the robot one square forward. %1 is an arrow icon.',
    fr: '%1 avancer',
    en: '%1 move forward',
  },
  'blocks.turnLeft': {
    description: 'Block turning the robot a quarter turn to its left. %1 is a curved arrow icon.',
    fr: '%1 tourner à gauche',
    en: '%1 turn left',
  },
  'blocks.turnRight': {
    description: 'Block turning the robot a quarter turn to its right. %1 is a curved arrow icon.',
    fr: '%1 tourner à droite',
    en: '%1 turn right',
  },
  'blocks.repeatTimes': {
    description: 'Loop block. %1 is a loop icon, %2 the number of times.',
    fr: '%1 répéter %2 fois',
    en: '%1 repeat %2 times',
  },
  'blocks.repeatUntilGoal': {
    description: 'Loop block running until the robot is on the flag. %1 loop icon, %2 flag icon.',
    fr: '%1 répéter jusqu’au drapeau %2',
    en: '%1 repeat until the flag %2',
  },
  'blocks.ifPath': {
    description:
      'Condition block: if there is a free square in a direction. %1 icon, %2 direction.',
    fr: '%1 s’il y a un chemin %2',
    en: '%1 if there is a path %2',
  },
  'blocks.otherwise': {
    description: 'The "else" part of an if-else block. %1 is an icon.',
    fr: '%1 sinon',
    en: '%1 else',
  },
  'blocks.whilePath': {
    description:
      'Loop block running while there is a free square in a direction. %1 icon, %2 direction.',
    fr: '%1 tant qu’il y a un chemin %2',
    en: '%1 while there is a path %2',
  },
  'blocks.repeatUntil': {
    description: 'Loop block running until a condition holds. %1 loop icon, %2 the condition.',
    fr: '%1 répéter jusqu’à %2',
    en: '%1 repeat until %2',
  },
  'blocks.ifFloor': {
    description: 'Condition block on the colour of the floor square. %1 icon, %2 the colour.',
    fr: '%1 si le sol est %2',
    en: '%1 if the floor is %2',
  },
  'blocks.collect': {
    description: 'Block picking up the star on the robot’s square. %1 is a star icon.',
    fr: '%1 ramasser l’étoile',
    en: '%1 pick up the star',
  },
  'blocks.procedureDefine': {
    description:
      'Block defining a named list of blocks (a procedure). %1 icon, %2 its name (A, B, C).',
    fr: '%1 pour faire %2',
    en: '%1 to do %2',
  },
  'blocks.procedureCall': {
    description: 'Block running a named list of blocks. %1 icon, %2 its name (A, B, C).',
    fr: '%1 faire %2',
    en: '%1 do %2',
  },
  'blocks.direction.ahead': {
    description: 'Dropdown choice: the square in front of the robot (keep the arrow)',
    fr: '↑ devant',
    en: '↑ ahead',
  },
  'blocks.direction.left': {
    description: 'Dropdown choice: the square on the robot’s left (keep the arrow)',
    fr: '↰ à gauche',
    en: '↰ on the left',
  },
  'blocks.direction.right': {
    description: 'Dropdown choice: the square on the robot’s right (keep the arrow)',
    fr: '↱ à droite',
    en: '↱ on the right',
  },
  'blocks.color.red': { description: 'Floor colour red', fr: 'rouge', en: 'red' },
  'blocks.color.green': { description: 'Floor colour green', fr: 'vert', en: 'green' },
  'blocks.color.blue': { description: 'Floor colour blue', fr: 'bleu', en: 'blue' },
  'blocks.color.yellow': { description: 'Floor colour yellow', fr: 'jaune', en: 'yellow' },
  'blocks.condition.goal': {
    description: 'Condition choice: the robot is on the flag',
    fr: 'le drapeau',
    en: 'the flag',
  },
  'blocks.condition.wallAhead': {
    description: 'Condition choice: there is a wall in front of the robot',
    fr: 'un mur devant',
    en: 'a wall ahead',
  },
  'blocks.condition.noPathAhead': {
    description: 'Condition choice: the robot cannot move forward (wall or edge)',
    fr: 'plus de chemin devant',
    en: 'no path ahead',
  },
  'blocks.condition.floorRed': {
    description: 'Condition choice: the floor is red',
    fr: 'le sol rouge',
    en: 'a red floor',
  },
  'blocks.condition.floorGreen': {
    description: 'Condition choice: the floor is green',
    fr: 'le sol vert',
    en: 'a green floor',
  },
  'blocks.condition.floorBlue': {
    description: 'Condition choice: the floor is blue',
    fr: 'le sol bleu',
    en: 'a blue floor',
  },
  'blocks.condition.floorYellow': {
    description: 'Condition choice: the floor is yellow',
    fr: 'le sol jaune',
    en: 'a yellow floor',
  },
  'blocks.condition.allCollected': {
    description: 'Condition choice: every star has been picked up',
    fr: 'toutes les étoiles ramassées',
    en: 'all stars picked up',
  },
  'blocks.tip.start': {
    description: 'Tooltip of the start block',
    fr: 'Ton programme commence ici. Accroche les blocs dessous.',
    en: 'Your program starts here. Attach blocks below it.',
  },
  'blocks.tip.moveForward': {
    description: 'Tooltip of the move forward block',
    fr: 'Le robot avance d’une case.',
    en: 'The robot moves one square forward.',
  },
  'blocks.tip.turnLeft': {
    description: 'Tooltip of the turn left block',
    fr: 'Le robot tourne d’un quart de tour vers sa gauche, sans avancer.',
    en: 'The robot turns a quarter turn to its left, without moving.',
  },
  'blocks.tip.turnRight': {
    description: 'Tooltip of the turn right block',
    fr: 'Le robot tourne d’un quart de tour vers sa droite, sans avancer.',
    en: 'The robot turns a quarter turn to its right, without moving.',
  },
  'blocks.tip.repeatTimes': {
    description: 'Tooltip of the repeat N times block',
    fr: 'Refait les blocs à l’intérieur plusieurs fois.',
    en: 'Runs the blocks inside several times.',
  },
  'blocks.tip.repeatUntilGoal': {
    description: 'Tooltip of the repeat until the flag block',
    fr: 'Refait les blocs à l’intérieur jusqu’à ce que le robot soit sur le drapeau.',
    en: 'Runs the blocks inside until the robot is on the flag.',
  },
  'blocks.tip.ifPath': {
    description: 'Tooltip of the if-path block',
    fr: 'Fait les blocs à l’intérieur seulement si la case est libre.',
    en: 'Runs the blocks inside only if the square is free.',
  },
  'blocks.tip.ifElsePath': {
    description: 'Tooltip of the if-else-path block',
    fr: 'Si la case est libre, fait les premiers blocs ; sinon, fait les autres.',
    en: 'If the square is free, runs the first blocks; otherwise runs the others.',
  },
  'blocks.tip.whilePath': {
    description: 'Tooltip of the while-path block',
    fr: 'Refait les blocs à l’intérieur tant que la case est libre.',
    en: 'Runs the blocks inside as long as the square is free.',
  },
  'blocks.tip.repeatUntil': {
    description: 'Tooltip of the repeat-until-condition block',
    fr: 'Refait les blocs à l’intérieur jusqu’à ce que la condition soit vraie.',
    en: 'Runs the blocks inside until the condition is true.',
  },
  'blocks.tip.ifFloor': {
    description: 'Tooltip of the if-floor-colour block',
    fr: 'Fait les blocs à l’intérieur seulement si le sol a cette couleur.',
    en: 'Runs the blocks inside only if the floor has this colour.',
  },
  'blocks.tip.ifElseFloor': {
    description: 'Tooltip of the if-else-floor-colour block',
    fr: 'Si le sol a cette couleur, fait les premiers blocs ; sinon, fait les autres.',
    en: 'If the floor has this colour, runs the first blocks; otherwise runs the others.',
  },
  'blocks.tip.collect': {
    description: 'Tooltip of the collect block',
    fr: 'Le robot ramasse l’étoile de sa case.',
    en: 'The robot picks up the star on its square.',
  },
  'blocks.tip.procedureDefine': {
    description: 'Tooltip of the procedure definition block',
    fr: 'Donne un nom à une suite de blocs, pour la réutiliser.',
    en: 'Gives a name to a list of blocks, to use it again.',
  },
  'blocks.tip.procedureCall': {
    description: 'Tooltip of the procedure call block',
    fr: 'Fait la suite de blocs qui porte ce nom.',
    en: 'Runs the list of blocks with this name.',
  },
  'blocks.alt.start': {
    description: 'Spoken name of the start block in pictogram mode (its icon only)',
    fr: 'quand je lance',
    en: 'when I start',
  },
  'blocks.alt.forward': {
    description: 'Spoken name of the move forward block in pictogram mode (its icon only)',
    fr: 'avancer',
    en: 'move forward',
  },
  'blocks.alt.turnLeft': {
    description: 'Spoken name of the turn left block in pictogram mode (its icon only)',
    fr: 'tourner à gauche',
    en: 'turn left',
  },
  'blocks.alt.turnRight': {
    description: 'Spoken name of the turn right block in pictogram mode (its icon only)',
    fr: 'tourner à droite',
    en: 'turn right',
  },
  'blocks.alt.repeat': {
    description: 'Spoken name of the loop icon in pictogram mode',
    fr: 'répéter',
    en: 'repeat',
  },
  'blocks.alt.goal': {
    description: 'Spoken name of the flag icon in pictogram mode',
    fr: 'jusqu’au drapeau',
    en: 'until the flag',
  },
  'blocks.alt.path': {
    description: 'Spoken name of the signpost icon (if there is a path) in pictogram mode',
    fr: 's’il y a un chemin',
    en: 'if there is a path',
  },
  'blocks.alt.otherwise': {
    description: 'Spoken name of the "else" icon in pictogram mode',
    fr: 'sinon',
    en: 'else',
  },
  'blocks.alt.floor': {
    description: 'Spoken name of the paint drop icon (if the floor is) in pictogram mode',
    fr: 'si le sol est',
    en: 'if the floor is',
  },
  'blocks.alt.collect': {
    description: 'Spoken name of the collect block in pictogram mode (its icon only)',
    fr: 'ramasser l’étoile',
    en: 'pick up the star',
  },
  'blocks.alt.procedure': {
    description: 'Spoken name of the procedure definition icon in pictogram mode',
    fr: 'pour faire',
    en: 'to do',
  },
  'blocks.alt.call': {
    description: 'Spoken name of the procedure call icon in pictogram mode',
    fr: 'faire',
    en: 'do',
  },
});
