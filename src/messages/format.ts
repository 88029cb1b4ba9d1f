// Formats messages straight from the source catalogues, every bundle at once, parsing the ICU
// texts at run time. For Node (the lessons CLI) and the unit tests; the browser app never
// imports this file: it loads precompiled bundles instead (src/app/messages.ts).
import { catalogue, type MessageKey } from './index';
import { MESSAGE_BUNDLES, splitCatalogue } from './bundles';
import {
  MessageStore,
  type LoadedBundle,
  type MessageValues,
  type Translate,
  type UiLocale,
} from './store';

export type { MessageValues, Translate, UiLocale } from './store';

/** A store holding every bundle of the source catalogues, in French and English. */
export function sourceMessageStore(): MessageStore {
  const split = splitCatalogue(catalogue);
  const loaded: LoadedBundle[] = MESSAGE_BUNDLES.flatMap((bundle) => [
    { bundle, locale: 'fr' as const, messages: split[bundle].fr },
    { bundle, locale: 'en' as const, messages: split[bundle].en },
  ]);
  return new MessageStore({ loaded });
}

let shared: MessageStore | undefined;

/** The text of a message in a locale, with its values filled in. */
export function formatMessage(locale: UiLocale, key: MessageKey, values?: MessageValues): string {
  shared ??= sourceMessageStore();
  return shared.format(locale, key, values);
}

/** Reads messages in one locale, for functions that take a translator. */
export function translator(locale: UiLocale): Translate {
  return (key, values) => formatMessage(locale, key, values);
}
