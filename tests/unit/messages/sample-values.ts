// Test helper: the placeholders of a parsed ICU message and sample values that fill them, so
// every message can be formatted in tests.
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MessageValues } from '../../../src/messages/format';

type ArgumentKind = 'text' | 'number' | 'date' | 'time' | 'select' | 'plural' | 'ordinal' | 'tag';

/** The placeholders of a parsed message: name → kind, nested options and tags included. */
export function placeholders(
  elements: readonly MessageFormatElement[],
  found = new Map<string, ArgumentKind>(),
) {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        found.set(element.value, 'text');
        break;
      case TYPE.number:
        found.set(element.value, 'number');
        break;
      case TYPE.date:
        found.set(element.value, 'date');
        break;
      case TYPE.time:
        found.set(element.value, 'time');
        break;
      case TYPE.select:
        found.set(element.value, 'select');
        for (const option of Object.values(element.options)) placeholders(option.value, found);
        break;
      case TYPE.plural:
        found.set(element.value, element.pluralType === 'ordinal' ? 'ordinal' : 'plural');
        for (const option of Object.values(element.options)) placeholders(option.value, found);
        break;
      case TYPE.tag:
        found.set(element.value, 'tag');
        placeholders(element.children, found);
        break;
      default:
        break;
    }
  }
  return found;
}

export function sampleValues(kinds: Map<string, ArgumentKind>): MessageValues {
  const values: MessageValues = {};
  for (const [name, kind] of kinds) {
    if (kind === 'number' || kind === 'plural' || kind === 'ordinal') values[name] = 2;
    else if (kind === 'date' || kind === 'time')
      values[name] = new Date(Date.UTC(2025, 8, 1, 9, 30));
    else if (kind === 'select') values[name] = 'other';
    else if (kind === 'tag') continue;
    else values[name] = 'X';
  }
  return values;
}
