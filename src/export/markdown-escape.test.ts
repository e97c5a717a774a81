import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeBlock, escapeInline } from './markdown-escape';
import { foreignMarkup, renderMarkdown, squash } from './read-back';

const shown = (markdown: string) => squash(renderMarkdown(markdown).body.textContent);

describe('escapeInline', () => {
  it('turns HTML into entities so that no tag survives, even with raw HTML allowed', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)> & <iframe src="javascript:alert(1)">';
    const doc = renderMarkdown(`Owner: ${escapeInline(hostile)}`);
    expect(foreignMarkup(doc)).toEqual([]);
    expect(squash(doc.body.textContent)).toBe(`Owner: ${hostile}`);
  });

  it('keeps emphasis, code, links and images as the typed characters', () => {
    const typed = '*bold* __strong__ `code` [link](http://x.test) ![pic](x.png) ~~gone~~ \\* #tag';
    const doc = renderMarkdown(escapeInline(typed));
    expect(doc.querySelectorAll('em, strong, code, a, img, del, s')).toHaveLength(0);
    expect(shown(escapeInline(typed))).toBe(typed);
  });

  it('cannot open a block: heading, list, quote, rule or setext underline stay a paragraph', () => {
    for (const typed of ['# Heading', '- item', '+ item', '1. first', '2) second', '> quote', '---', '===', '***', '```', '    indented']) {
      const doc = renderMarkdown(`${escapeInline(typed)}\n`);
      expect(Array.from(doc.body.children).map((e) => e.tagName), typed).toEqual(['P']);
      expect(doc.body.textContent.trim(), typed).toBe(typed.trim());
    }
  });

  it('makes one line of text with line breaks, and keeps entities as typed', () => {
    expect(escapeInline(' a\r\nb\nc\rd ')).toBe('a b c d');
    expect(shown(escapeInline('&lt;b&gt; &amp; &#x3C;'))).toBe('&lt;b&gt; &amp; &#x3C;');
  });

  it('keeps a pipe or a backslash in a table cell from adding a column', () => {
    const cells = ['a | b', 'back\\', '\\|', 'x\ny'];
    const md = `| h1 | h2 | h3 | h4 |\n| --- | --- | --- | --- |\n| ${cells.map(escapeInline).join(' | ')} |\n`;
    const tds = Array.from(renderMarkdown(md).querySelectorAll('td')).map((td) => td.textContent);
    expect(tds).toEqual(['a | b', 'back\\', '\\|', 'x y']);
  });
});

describe('escapeBlock', () => {
  it('keeps the lines of a text in one paragraph, dropping blank lines', () => {
    const doc = renderMarkdown(escapeBlock('First line\n\n- not a list\n# not a heading\n'));
    expect(Array.from(doc.body.children).map((e) => e.tagName)).toEqual(['P']);
    expect(doc.querySelectorAll('br')).toHaveLength(2);
    expect(squash(doc.body.textContent)).toBe('First line - not a list # not a heading');
  });

  it('keeps continuation lines inside a list item', () => {
    const doc = renderMarkdown(`- **Note:** ${escapeBlock('one\n\ntwo\n1. three', '  ')}\n- next\n`);
    const items = Array.from(doc.querySelectorAll('li')).map((li) => squash(li.textContent));
    expect(items).toEqual(['Note: one two 1. three', 'next']);
  });

  it('gives nothing for blank text', () => {
    expect(escapeBlock(' \n\t\r\n ')).toBe('');
  });
});

describe('escaping any text', () => {
  const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('<', '>', '&', '\\', '|', '*', '_', '`', '#', '-', '+', '=', '1.', '\n', '\r', ' ', '    ', '[', ']', '(', ')', '!'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 40 });
  const shownAsTyped = (s: string) => squash(s.replace(/\0/g, '\uFFFD'));

  it('renders one paragraph that shows exactly the typed text, whatever it is', () => {
    fc.assert(
      fc.property(anyText, (typed) => {
        for (const escaped of [escapeInline(typed), escapeBlock(typed)]) {
          const doc = renderMarkdown(`${escaped}\n`);
          expect(foreignMarkup(doc)).toEqual([]);
          expect(Array.from(doc.body.children).map((e) => e.tagName)).toEqual(squash(escaped) === '' ? [] : ['P']);
          expect(squash(doc.body.textContent)).toBe(shownAsTyped(typed));
        }
      }),
      { numRuns: 300 },
    );
  });
});
