import { createElement, type ReactNode } from 'react';
import { parseInline, parseMarkdown, type MarkdownBlock } from './markdown-blocks';

function Inline({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((token, i) => {
        switch (token.type) {
          case 'code':
            return <code key={i}>{token.text}</code>;
          case 'strong':
            return <strong key={i}>{token.text}</strong>;
          case 'em':
            return <em key={i}>{token.text}</em>;
          default:
            return token.text;
        }
      })}
    </>
  );
}

function Block({ block, headingOffset }: { block: MarkdownBlock; headingOffset: number }): ReactNode {
  switch (block.type) {
    case 'heading':
      return createElement(`h${Math.min(6, block.level + headingOffset)}`, null, <Inline text={block.text} />);
    case 'paragraph':
      return (
        <p>
          <Inline text={block.text} />
        </p>
      );
    case 'quote':
      return (
        <blockquote>
          <Inline text={block.text} />
        </blockquote>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Inline text={item} />
        </li>
      ));
      return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
    }
    case 'code':
      return (
        <pre className="code-block" data-lang={block.lang || undefined}>
          <code>{block.code}</code>
        </pre>
      );
    case 'rule':
      return <hr />;
  }
}

/** Renders a markdown statement as React elements (all text escaped by React; no raw HTML, no links). */
export function Markdown({ source, headingOffset = 2 }: { source: string; headingOffset?: number }) {
  return (
    <div className="markdown">
      {parseMarkdown(source).map((block, i) => (
        <Block key={i} block={block} headingOffset={headingOffset} />
      ))}
    </div>
  );
}
