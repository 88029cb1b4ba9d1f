// A PreferenceStore kept in the browser's localStorage: display preferences are per device,
// small, and needed synchronously before the first paint. The composition root picks it.
import type { PreferenceStore } from './settings.svelte';

export const preferencesKey = 'parcours.preferences';

/** Stores preferences as JSON under one key of a Web Storage area (localStorage). */
export function localPreferenceStore(storage: Storage, key = preferencesKey): PreferenceStore {
  return {
    read: () => {
      const text = storage.getItem(key);
      if (text === null) return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return null;
      }
    },
    write: (preferences) => storage.setItem(key, JSON.stringify(preferences)),
  };
}

/** A store that keeps nothing, for browsers where localStorage is unavailable. */
export function memoryPreferenceStore(initial: unknown = null): PreferenceStore {
  let value = initial;
  return {
    read: () => value,
    write: (preferences) => {
      value = { ...preferences };
    },
  };
}
