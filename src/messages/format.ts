// Formats a message for a locale with ICU MessageFormat (plurals, ordinals, selects).
// The pseudo-locale wraps every text so tests can spot words that bypass the catalogues.
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogue, type MessageKey } from './index';

export type UiLocale = 'fr' | 'en' | 'pseudo';
export type MessageValues = Record<string, string | number | boolean | Date>;

const cache = new Map<string, IntlMessageFormat>();

function compiled(key: MessageKey, locale: UiLocale): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let format = cache.get(cacheKey);
  if (!format) {
    const spec = catalogue[key];
    const source = locale === 'fr' ? spec.fr : spec.en;
    format = new IntlMessageFormat(source, locale === 'pseudo' ? 'en' : locale);
    cache.set(cacheKey, format);
  }
  return format;
}

/** The text of a message in a locale, with its values filled in. */
export function formatMessage(locale: UiLocale, key: MessageKey, values?: MessageValues): string {
  const text = String(compiled(key, locale).format(values));
  return locale === 'pseudo' ? `⟦${text}⟧` : text;
}
