import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { highlighter } from './highlighter';

/** The source as highlighted React elements, or undefined for a language the highlighter does not know. */
function highlighted(code: string, language: string) {
  if (!language || !highlighter.registered(language)) return undefined;
  // lowlight yields a tree of spans and text only; React renders it as elements, never as HTML.
  return toJsxRuntime(highlighter.highlight(language, code), { Fragment, jsx, jsxs });
}

/** A code block with syntax colours for the languages of `highlighter` (plain text for any other). */
export function CodeBlock({ code, language = '', label }: { code: string; language?: string; label?: string }) {
  const lang = language.toLowerCase();
  return (
    <pre className="code-block" data-lang={lang || undefined} aria-label={label}>
      <code className={lang ? `hljs language-${lang}` : 'hljs'}>{highlighted(code, lang) ?? code}</code>
    </pre>
  );
}
