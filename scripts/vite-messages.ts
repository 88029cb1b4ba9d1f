// Build-time messages: a Vite plugin that compiles the source catalogues (src/messages, the
// single source of truth) into one module per message bundle and language, holding only the
// ICU ASTs (parsed here, so the browser ships no ICU parser and no translator descriptions),
// and an index module of lazy loaders for them. The browser app reads it through
// src/app/messages.ts; Node and the unit tests format the source catalogues directly.
// The catalogues are imported through a Vite module runner (not bundled into the config), and
// read again when one changes in development.
import { resolve } from 'node:path';
import { runnerImport, type Plugin, type ViteDevServer } from 'vite';
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { MESSAGE_BUNDLES, splitCatalogue, type MessageBundle } from '../src/messages/bundles.ts';
import type { MessageSpec } from '../src/messages/define';
import type { TextLocale } from '../src/messages/store';

/** The index module: `loaders[locale][bundle]()` imports one compiled bundle. */
export const MESSAGES_MODULE = 'virtual:parcours-messages';
export const MESSAGE_LOCALES: readonly TextLocale[] = ['fr', 'en'];

export type CompiledBundles = Record<
  MessageBundle,
  Record<TextLocale, Record<string, MessageFormatElement[]>>
>;

/** Every bundle in every language, each message parsed as intl-messageformat would. */
export function compileBundles(source: Readonly<Record<string, MessageSpec>>): CompiledBundles {
  const split = splitCatalogue(source);
  const compiled = {} as CompiledBundles;
  for (const bundle of MESSAGE_BUNDLES) {
    const byLocale = {} as Record<TextLocale, Record<string, MessageFormatElement[]>>;
    for (const locale of MESSAGE_LOCALES) {
      byLocale[locale] = Object.fromEntries(
        Object.entries(split[bundle][locale]).map(([key, text]) => [
          key,
          parse(text, { locale: new Intl.Locale(locale) }),
        ]),
      );
    }
    compiled[bundle] = byLocale;
  }
  return compiled;
}

/** The import id of one compiled bundle (its chunk is named after it). */
export function bundleModuleId(locale: TextLocale, bundle: MessageBundle): string {
  return `${MESSAGES_MODULE}/messages-${locale}-${bundle}`;
}

/** The source of the index module. */
export function indexModuleCode(): string {
  const locales = MESSAGE_LOCALES.map((locale) => {
    const loaders = MESSAGE_BUNDLES.map(
      (bundle) => `    ${bundle}: () => import(${JSON.stringify(bundleModuleId(locale, bundle))}),`,
    );
    return `  ${locale}: {\n${loaders.join('\n')}\n  },`;
  });
  return `export const loaders = {\n${locales.join('\n')}\n};\n`;
}

/** The source of one compiled bundle's module. */
export function bundleModuleCode(messages: Record<string, MessageFormatElement[]>): string {
  return `export default ${JSON.stringify(messages)};\n`;
}

/** Serves `virtual:parcours-messages` and its bundle modules. */
export function compiledMessages(): Plugin {
  const resolvedPrefix = `\0${MESSAGES_MODULE}`;
  let root = process.cwd();
  let compiled: Promise<CompiledBundles> | undefined;
  /** The catalogue files read last time, to notice a change in development. */
  let sources = new Set<string>();

  async function compileCatalogues(): Promise<CompiledBundles> {
    const index = resolve(root, 'src/messages/index.ts');
    const { module, dependencies } = await runnerImport<{
      catalogue: Readonly<Record<string, MessageSpec>>;
    }>(index, { root, logLevel: 'warn' });
    sources = new Set([index, ...dependencies].map((file) => resolve(file)));
    return compileBundles(module.catalogue);
  }

  function invalidate(server: ViteDevServer): void {
    compiled = undefined;
    for (const module of server.moduleGraph.idToModuleMap.values()) {
      if (module.id?.startsWith(resolvedPrefix)) server.moduleGraph.invalidateModule(module);
    }
    server.ws.send({ type: 'full-reload' });
  }

  return {
    name: 'parcours-messages',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === MESSAGES_MODULE || id.startsWith(`${MESSAGES_MODULE}/`) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith(resolvedPrefix)) return null;
      if (id === resolvedPrefix) return indexModuleCode();
      compiled ??= compileCatalogues();
      const bundles = await compiled;
      for (const locale of MESSAGE_LOCALES) {
        for (const bundle of MESSAGE_BUNDLES) {
          if (id === `\0${bundleModuleId(locale, bundle)}`)
            return bundleModuleCode(bundles[bundle][locale]);
        }
      }
      return null;
    },
    handleHotUpdate({ file, server }) {
      if (!sources.has(resolve(file))) return;
      invalidate(server);
      return [];
    },
  };
}
