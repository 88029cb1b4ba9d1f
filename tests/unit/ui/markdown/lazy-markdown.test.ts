// The lesson player's Markdown: a shipped pack's texts come rendered and never load the parser;
// another text shows escaped at first, loads the parser once, then reads rendered; a parser
// that failed to load is tried again by the next text.
import { describe, expect, it, vi } from 'vitest';
import { LazyMarkdown, escapeHtml } from '../../../../src/ui/markdown/lazy-markdown.svelte';
import { markupKey } from '../../../../src/ui/markdown/markup';
import { renderInlineMarkdown, renderMarkdown } from '../../../../src/ui/markdown/markdown';

const renderers = { renderMarkdown, renderInlineMarkdown };

describe('LazyMarkdown', () => {
  it('reads remembered markup without loading the parser', () => {
    const load = vi.fn(async () => renderers);
    const markdown = new LazyMarkdown(load);
    markdown.remember({
      [markupKey('block', 'Va **tout droit**')]: '<p>Va <strong>tout droit</strong></p>',
      [markupKey('inline', 'Compte les *cases*')]: 'Compte les <em>cases</em>',
    });
    expect(markdown.block('Va **tout droit**')).toBe('<p>Va <strong>tout droit</strong></p>');
    expect(markdown.inline('Compte les *cases*')).toBe('Compte les <em>cases</em>');
    // The player renders an empty text while its level loads.
    expect(markdown.block('')).toBe('');
    expect(markdown.inline(' ')).toBe('');
    expect(load).not.toHaveBeenCalled();
  });

  it('shows an unknown text escaped, loads the parser once, then renders it', async () => {
    const load = vi.fn(async () => renderers);
    const markdown = new LazyMarkdown(load);
    expect(markdown.block('Un <b>piège</b> & **gras**')).toBe(
      '<p>Un &lt;b&gt;piège&lt;/b&gt; &amp; **gras**</p>',
    );
    expect(markdown.inline('*vite*')).toBe('*vite*');
    await vi.waitFor(() => expect(markdown.inline('*vite*')).toBe('<em>vite</em>'));
    expect(markdown.block('Un <b>piège</b> & **gras**')).toBe(
      renderMarkdown('Un <b>piège</b> & **gras**'),
    );
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries the parser again after a failed load', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new Error('offline');
      return renderers;
    });
    const markdown = new LazyMarkdown(load);
    expect(markdown.block('**a**')).toBe('<p>**a**</p>');
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    fail = false;
    expect(markdown.block('**a**')).toBe('<p>**a**</p>');
    await vi.waitFor(() => expect(markdown.block('**a**')).toBe('<p><strong>a</strong></p>'));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('escapes every character that could open markup', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
