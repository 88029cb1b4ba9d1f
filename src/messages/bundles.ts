// Message bundles: the catalogues are grouped by who needs them, so the browser downloads only
// the words of the screens it shows, in the current language (see scripts/vite-messages.ts,
// which compiles one module per bundle and locale). A key belongs to the bundle of its longest
// listed prefix. Pure data and one lookup; no catalogue is imported here, so the browser can
// find a key's bundle without downloading any words.

export const MESSAGE_BUNDLES = ['pupil', 'blocks', 'robot', 'teacher', 'review', 'editor'] as const;

/**
 * - `pupil`: the shell, settings, offline app, home, pupil picker, lesson player and stage; every
 *   screen shows the shell, so every screen loads it.
 * - `blocks`: the words on the blocks and Blockly's own words, for every screen with a workspace.
 * - `robot`: the robot panel and its notices.
 * - `teacher`, `review`, `editor`: the teacher area, the progress review, the lesson editor
 *   (with the lesson-file issues it explains).
 */
export type MessageBundle = (typeof MESSAGE_BUNDLES)[number];

/** Key prefix (whole dotted segments) → bundle. The longest matching prefix wins. */
export const BUNDLE_OF_PREFIX: Readonly<Record<string, MessageBundle>> = {
  app: 'pupil',
  common: 'pupil',
  settings: 'pupil',
  shell: 'pupil',
  pwa: 'pupil',
  home: 'pupil',
  pictograms: 'pupil',
  player: 'pupil',
  picker: 'pupil',
  storage: 'pupil',
  // The pupil picker names groups and roles with the teacher's words.
  'teacher.group.name': 'pupil',
  'teacher.role': 'pupil',
  blocks: 'blocks',
  blockly: 'blocks',
  robot: 'robot',
  teacher: 'teacher',
  review: 'review',
  // The teacher's home page links to the review and the editor.
  'review.nav': 'teacher',
  editor: 'editor',
  'editor.home.title': 'teacher',
  'editor.link': 'teacher',
  lessons: 'editor',
};

/** The bundle a key belongs to, or `undefined` for a key no prefix covers. */
export function bundleOf(key: string): MessageBundle | undefined {
  let prefix = key;
  for (;;) {
    if (Object.hasOwn(BUNDLE_OF_PREFIX, prefix)) return BUNDLE_OF_PREFIX[prefix];
    const dot = prefix.lastIndexOf('.');
    if (dot < 0) return undefined;
    prefix = prefix.slice(0, dot);
  }
}

/** The texts of one bundle in one language, by key. */
export type BundleTexts = Record<string, string>;

/**
 * Splits source catalogues into bundles, each with its French and English texts (the
 * descriptions stay behind). Throws on a key that no prefix covers, so a new catalogue cannot
 * be forgotten.
 */
export function splitCatalogue(
  catalogue: Readonly<Record<string, { readonly fr: string; readonly en: string }>>,
): Record<MessageBundle, { fr: BundleTexts; en: BundleTexts }> {
  const split = Object.fromEntries(
    MESSAGE_BUNDLES.map((bundle) => [bundle, { fr: {}, en: {} }]),
  ) as Record<MessageBundle, { fr: BundleTexts; en: BundleTexts }>;
  for (const [key, spec] of Object.entries(catalogue)) {
    const bundle = bundleOf(key);
    if (!bundle) throw new Error(`Message ${key} belongs to no bundle (src/messages/bundles.ts)`);
    split[bundle].fr[key] = spec.fr;
    split[bundle].en[key] = spec.en;
  }
  return split;
}
