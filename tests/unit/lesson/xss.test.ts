// A shared pack is untrusted: XSS payloads in every text field of an imported pack go through
// `restore` and the app's Markdown renderer (instructions, hints, descriptions; titles are put
// in the page as text) and come out as harmless text — no tag, handler or script URL survives.
import { describe, expect, it } from 'vitest';
import { restorePackText } from '../../../src/core/lesson/restore';
import { renderInlineMarkdown, renderMarkdown } from '../../../src/ui/markdown/markdown';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '[clic](javascript:alert(1))',
  '[clic](JaVaScRiPt:alert(1))',
  '[clic](vbscript:msgbox(1))',
  '[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '<a href="javascript:alert(1)">a</a>',
  '"><script>alert(1)</script>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '[a](&#106;avascript:alert(1))',
  '<details open ontoggle=alert(1)>',
];

function packWith(payload: string): string {
  const text = { fr: payload, en: payload };
  return JSON.stringify({
    schemaVersion: 2,
    id: 'xss',
    title: text,
    description: text,
    levels: [
      {
        id: 'n1',
        title: text,
        instructions: text,
        hints: [text, text],
        grid: ['>.G'],
        toolbox: ['move_forward'],
      },
    ],
  });
}

/** Every tag of some HTML with its attributes. */
function tags(html: string): { name: string; attributes: string }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attributes: m[2]!,
  }));
}

const ALLOWED_TAGS = new Set(['p', 'a', 'em', 'strong', 'code', 'img', 'br', 'ul', 'ol', 'li']);

function expectHarmless(html: string): void {
  for (const tag of tags(html)) {
    expect(ALLOWED_TAGS.has(tag.name), `<${tag.name}> in ${html}`).toBe(true);
    expect(tag.attributes, html).not.toMatch(/\son\w+\s*=/i);
    expect(tag.attributes, html).not.toMatch(/style\s*=/i);
    const urls = [...tag.attributes.matchAll(/(?:href|src)="([^"]*)"/gi)].map((m) => m[1]!);
    for (const url of urls) expect(url, html).not.toMatch(/^\s*(javascript|vbscript|data):/i);
  }
}

describe('an imported pack full of XSS payloads', () => {
  it.each(PAYLOADS)('neutralises %s in every text field', (payload) => {
    const result = restorePackText(packWith(payload));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { pack } = result;
    const level = pack.levels[0]!;
    const texts = [
      pack.title,
      pack.description,
      level.title,
      level.instructions,
      ...level.hints,
    ].flatMap((text) => [text.fr, text.en ?? '']);
    expect(texts.every((text) => text === payload)).toBe(true);
    for (const text of texts) {
      expectHarmless(renderMarkdown(text));
      expectHarmless(renderInlineMarkdown(text));
    }
  });

  it('shows raw HTML as text rather than dropping it', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toContain('&lt;script&gt;');
  });
});
