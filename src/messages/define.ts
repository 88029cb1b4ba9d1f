// Message catalogues: every word the app shows, per locale, with a description for
// translators. Pure data plus a formatter (ICU MessageFormat); used by the UI and the CLI.

export interface MessageSpec {
  /** What the text is and where it appears, for translators. */
  readonly description: string;
  readonly fr: string;
  readonly en: string;
}

/** Declares a feature's messages; keys are dotted, prefixed by the feature name. */
export function defineMessages<K extends string>(
  messages: Record<K, MessageSpec>,
): Record<K, MessageSpec> {
  return messages;
}
