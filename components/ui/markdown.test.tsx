import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { Markdown } from './markdown';
import { HOSTILE_MARKDOWN, HOSTILE_WORDS } from './markdown-fixture';

const render = (source: string, headingOffset?: number) =>
  renderToStaticMarkup(<Markdown source={source} headingOffset={headingOffset} />);

describe('Markdown', () => {
  it('renders GFM: tables, nested lists, strikethrough, task lists and fenced code with highlighting', () => {
    const html = render(
      [
        '# Task',
        '',
        '| col | n |',
        '| --- | -: |',
        '| a | 1 |',
        '',
        '- outer',
        '  1. inner',
        '- [x] done ~~old~~',
        '',
        '```python',
        'def f(x):',
        '    return x  # id',
        '```',
        '',
        '```sql',
        'SELECT 1;',
        '```',
        '',
        '```unknown-lang',
        'a < b',
        '```',
      ].join('\n'),
    );
    assert.match(html, /<h3>Task<\/h3>/);
    assert.match(html, /<table class="table compact">[\s\S]*<td>a<\/td>/);
    assert.match(html, /<ul[^>]*>\s*<li>outer[\s\S]*<ol>[\s\S]*<li>inner<\/li>/);
    assert.match(html, /<del>old<\/del>/);
    assert.match(html, /type="checkbox"[^>]*checked/);
    assert.match(
      html,
      /<pre class="code-block" data-lang="python"><code class="hljs language-python"><span class="hljs-keyword">def<\/span>/,
    );
    assert.match(html, /<span class="hljs-comment"># id<\/span>/);
    assert.match(html, /data-lang="sql"[\s\S]*<span class="hljs-keyword">SELECT<\/span>/);
    assert.match(html, /data-lang="unknown-lang"><code class="hljs language-unknown-lang">a &lt; b<\/code>/);
  });

  it('shifts headings by the offset and caps them at h6', () => {
    assert.match(render('# a\n\n###### b', 3), /<h4>a<\/h4>\s*<h6>b<\/h6>/);
  });

  it('never turns model output into script, handlers or javascript: links, and keeps its words readable', () => {
    const html = render(HOSTILE_MARKDOWN);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<(img|iframe|svg|object|embed|style|form|input(?![^>]*type="checkbox"))\b/i);
    assert.doesNotMatch(html, /href="\s*(javascript|vbscript|data):/i);
    assert.doesNotMatch(html, /href=""/, 'a link whose URL was dropped is text, not a link to this page');
    // An on* attribute would sit inside a tag; in text it is escaped (&lt; … &gt;), so look only inside tags.
    for (const tag of html.match(/<[^>]+>/g) ?? []) assert.doesNotMatch(tag, /\son\w+\s*=/i, tag);
    for (const word of HOSTILE_WORDS) assert.ok(html.includes(word), `"${word}" is still readable`);
    // The raw HTML stays as text, escaped.
    assert.ok(html.includes('&lt;script&gt;'));
  });
});
