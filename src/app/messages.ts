// The browser's messages: a store that fetches each message bundle, precompiled and in one
// language, the first time a screen needs it (the bundles are built by scripts/vite-messages.ts
// from the catalogues in src/messages). Composition code: only main.ts creates it.
import { loaders } from 'virtual:parcours-messages';
import { MessageStore } from '../messages/store';

/** A store that loads bundles lazily from the build's compiled message chunks. */
export function compiledMessageStore(): MessageStore {
  return new MessageStore({
    load: async (bundle, locale) => {
      const load = loaders[locale]?.[bundle];
      if (!load) throw new Error(`No compiled messages for ${bundle} (${locale})`);
      return (await load()).default;
    },
  });
}
