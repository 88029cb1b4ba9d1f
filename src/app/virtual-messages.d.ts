// Types of the modules served by the messages plugin (scripts/vite-messages.ts): one per
// message bundle and language, holding ICU ASTs by key, and an index of lazy loaders for them
// (`loaders.fr.pupil()`).
declare module 'virtual:parcours-messages' {
  import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

  export const loaders: Readonly<
    Record<
      string,
      Readonly<
        Record<
          string,
          (() => Promise<{ default: Readonly<Record<string, MessageFormatElement[]>> }>) | undefined
        >
      >
    >
  >;
}
