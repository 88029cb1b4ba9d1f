// UI locale state: the current language, and `t` to read a message in it. Components read
// `i18n.t(...)` in markup, so a language switch re-renders every text and keeps all state.
import { formatMessage, type MessageValues, type UiLocale } from '../messages/format';
import type { MessageKey } from '../messages/index';
import type { Locale } from '../core/lesson/types';

export class I18n {
  locale = $state<UiLocale>('fr');

  /** The locale lessons and Blockly follow (the pseudo-locale reads English content). */
  get contentLocale(): Locale {
    return this.locale === 'fr' ? 'fr' : 'en';
  }

  t = (key: MessageKey, values?: MessageValues): string => formatMessage(this.locale, key, values);
}
