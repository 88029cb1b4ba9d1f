// The picture of each avatar id: emoji animals, drawn by the device's own font, so nothing is
// fetched from anywhere. UI layer; the ids are stored (storage/records.ts AVATARS).
import type { AvatarId } from '../../storage/records';

export const AVATAR_EMOJI: Readonly<Record<AvatarId, string>> = {
  fox: '🦊',
  panda: '🐼',
  frog: '🐸',
  octopus: '🐙',
  lion: '🦁',
  tiger: '🐯',
  koala: '🐨',
  monkey: '🐵',
  rabbit: '🐰',
  bear: '🐻',
  penguin: '🐧',
  owl: '🦉',
  turtle: '🐢',
  dolphin: '🐬',
  unicorn: '🦄',
  bee: '🐝',
  ladybug: '🐞',
  butterfly: '🦋',
  snail: '🐌',
  whale: '🐳',
  cat: '🐱',
  dog: '🐶',
  hedgehog: '🦔',
  chick: '🐥',
};
