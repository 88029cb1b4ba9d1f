// The instructions renderer: the Markdown an animator writes (emphasis, lists, code, links)
// becomes the expected HTML, and a one-paragraph text renders inline without its <p>.
import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown, renderMarkdown } from '../../../../src/ui/markdown/markdown';

describe('renderMarkdown', () => {
  it('renders emphasis, lists and code', () => {
    expect(renderMarkdown('Va **tout droit** puis *tourne*.')).toBe(
      '<p>Va <strong>tout droit</strong> puis <em>tourne</em>.</p>',
    );
    expect(renderMarkdown('- avance\n- tourne')).toBe(
      '<ul>\n<li>avance</li>\n<li>tourne</li>\n</ul>',
    );
    expect(renderMarkdown('Le bloc `répéter`')).toBe('<p>Le bloc <code>répéter</code></p>');
  });

  it('keeps safe links and escapes raw HTML and entities', () => {
    expect(renderMarkdown('[aide](https://example.org/a?b=1&c=2)')).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=2">aide</a></p>',
    );
    expect(renderMarkdown('<b>gras</b> & 3 < 4')).toBe(
      '<p>&lt;b&gt;gras&lt;/b&gt; &amp; 3 &lt; 4</p>',
    );
  });
});

describe('renderInlineMarkdown', () => {
  it('drops the paragraph around one paragraph', () => {
    expect(renderInlineMarkdown('Un **indice**')).toBe('Un <strong>indice</strong>');
  });

  it('keeps block structure when the text is more than one paragraph', () => {
    expect(renderInlineMarkdown('un\n\ndeux')).toBe('<p>un</p>\n<p>deux</p>');
  });
});
