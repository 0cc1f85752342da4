/** Model output that tries every way into the page; used by the unit test and e2e/markdown-safety.spec.ts. */
export const HOSTILE_MARKDOWN = [
  '## Statement with a payload',
  '',
  'Intro words <script>window.__pwned = "script"; alert(1)</script> after the script.',
  '',
  '<img src="x" onerror="window.__pwned = \'onerror\'"> image words',
  '',
  '<div onclick="window.__pwned = \'click\'" style="position:fixed;inset:0">Raw block words</div>',
  '',
  '[Click me](javascript:window.__pwned=%22link%22) and [data link](data:text/html,<script>alert(1)</script>) and [safe link](https://example.org/docs)',
  '',
  '![tracking pixel](https://example.org/pixel.png "onload=alert(1)")',
  '',
  '<iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
  '',
  '<svg onload="window.__pwned=\'svg\'"><circle r="5"/></svg> svg words',
  '',
  '```html',
  '<script>window.__pwned = "code"</script>',
  '```',
  '',
  '| Column | Payload |',
  '| --- | --- |',
  '| table words | <b onmouseover="window.__pwned=1">bold?</b> |',
].join('\n');

/** Words of HOSTILE_MARKDOWN that must stay visible as text after rendering. */
export const HOSTILE_WORDS = ['Statement with a payload', 'Intro words', 'after the script.', 'image words', 'Raw block words', 'Click me', 'data link', 'safe link', 'tracking pixel', 'svg words', 'table words'];
