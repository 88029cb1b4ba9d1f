// The build plugin that restores the shipped packs: the app imports exactly what `restore`
// makes of each lessons/ file (defaults, migration), and a broken pack stops the build with
// the file's name and every issue in words.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_PACK, restoredPackJson } from '../../../scripts/vite-lessons';
import { restorePack } from '../../../src/core/lesson/restore';
import { describeIssue } from '../../../src/messages/lesson-issues';
import { translator } from '../../../src/messages/format';
import { shippedLessons } from '../../../src/app/shipped-lessons';
import { markupKey, packMarkup, type Markup } from '../../../src/ui/markdown/markup';
import { renderInlineMarkdown, renderMarkdown } from '../../../src/ui/markdown/markdown';

const renderers = { renderMarkdown, renderInlineMarkdown };
const modules = { restorePack, describeIssue, translator, packMarkup, renderers };
const packFiles = readdirSync('lessons').filter((name) => SHIPPED_PACK.test(`/lessons/${name}`));

describe('restored shipped packs', () => {
  it('takes every NN-<id>.json pack file and leaves the schema out', () => {
    expect(packFiles.length).toBeGreaterThan(5);
    expect(SHIPPED_PACK.test('/app/lessons/schema.json')).toBe(false);
    expect(SHIPPED_PACK.test('C:\\app\\lessons\\01-premiers-pas.json')).toBe(true);
  });

  it('gives the app each pack exactly as restore makes it, its Markdown rendered beside it', async () => {
    const markup: Record<string, string> = {};
    const library = shippedLessons((more: Markup) => Object.assign(markup, more));
    for (const name of packFiles) {
      const raw: unknown = JSON.parse(readFileSync(`lessons/${name}`, 'utf8'));
      const result = restorePack(raw);
      expect(result.ok, name).toBe(true);
      if (!result.ok) continue;
      expect(await library.pack(result.pack.id)).toEqual(result.pack);
      for (const level of result.pack.levels) {
        for (const text of Object.values(level.instructions))
          expect(markup[markupKey('block', text)], `${name} ${level.id}`).toBe(
            renderMarkdown(text),
          );
        for (const hint of level.hints)
          for (const text of Object.values(hint))
            expect(markup[markupKey('inline', text)], `${name} ${level.id}`).toBe(
              renderInlineMarkdown(text),
            );
      }
    }
    expect(Object.keys(markup).length).toBeGreaterThan(50);
  });

  it('migrates an older pack and fills defaults at build time', () => {
    const v1 = readFileSync('tests/unit/lesson/fixtures/v1-pack.json', 'utf8');
    const built: unknown = JSON.parse(restoredPackJson('lessons/99-old.json', v1, modules));
    const direct = restorePack(JSON.parse(v1));
    expect(direct.ok).toBe(true);
    if (direct.ok) expect(built).toEqual(JSON.parse(JSON.stringify(direct.pack)));
    expect(JSON.parse(v1)).toMatchObject({ schemaVersion: 1 });
    expect(built).toMatchObject({ schemaVersion: 2 });
  });

  it('stops the build on a broken pack, naming the file and the issues', () => {
    const broken = JSON.stringify({ schemaVersion: 2, id: 'x', levels: [] });
    expect(() => restoredPackJson('lessons/98-x.json', broken, modules)).toThrow(
      /lessons\/98-x\.json is not a valid lesson pack:\n {2}- /,
    );
    expect(() => restoredPackJson('lessons/97-y.json', '{ nope', modules)).toThrow(
      /97-y\.json: not JSON/,
    );
  });
});
