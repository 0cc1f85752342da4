'use client';

import { createElement, type HTMLAttributes } from 'react';
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { CodeBlock } from './code-block';

type HastNode = NonNullable<ExtraProps['node']>;

const textOf = (node: HastNode['children'][number]): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/** A fenced block's source and language (from the `language-x` class remark gives its `<code>`). */
function fencedCode(pre: HastNode | undefined): { code: string; language: string } {
  const code = pre?.children.find((child) => child.type === 'element' && child.tagName === 'code');
  if (!code || code.type !== 'element') return { code: pre ? pre.children.map(textOf).join('') : '', language: '' };
  const classes = code.properties.className;
  const language =
    (Array.isArray(classes) ? classes : [])
      .map(String)
      .find((c) => c.startsWith('language-'))
      ?.slice('language-'.length) ?? '';
  return { code: code.children.map(textOf).join('').replace(/\n$/, ''), language };
}

function componentsFor(headingOffset: number): Components {
  const heading = (level: number) =>
    function Heading({ node: _node, ...props }: ExtraProps & HTMLAttributes<HTMLHeadingElement>) {
      return createElement(`h${Math.min(6, level + headingOffset)}`, props);
    };
  return {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(5),
    h6: heading(6),
    pre: ({ node }) => <CodeBlock {...fencedCode(node)} />,
    // Model output may link anywhere: never with the page's referrer or opener (javascript: URLs are already emptied).
    a: ({ node: _node, children, href }) =>
      href ? (
        <a href={href} rel="nofollow noreferrer noopener" target="_blank">
          {children}
        </a>
      ) : (
        <span className="markdown-link-removed">{children}</span>
      ),
    // No remote images from model output (tracking, broken links): the alt text stands in.
    img: ({ alt }) => <span className="markdown-image">[image{alt ? `: ${alt}` : ''}]</span>,
    table: ({ node: _node, ...props }) => (
      <div className="markdown-table">
        <table className="table compact" {...props} />
      </div>
    ),
  };
}

const COMPONENTS = new Map<number, Components>();

/**
 * Renders model-written markdown (GFM: tables, task lists, strikethrough, nested lists, fenced code with
 * highlighting). Raw HTML is shown as text, never parsed, and unsafe URLs (javascript:, data: …) are dropped.
 */
export function Markdown({ source, headingOffset = 2 }: { source: string; headingOffset?: number }) {
  let components = COMPONENTS.get(headingOffset);
  if (!components) COMPONENTS.set(headingOffset, (components = componentsFor(headingOffset)));
  return (
    <div className="markdown">
      <ReactMarkdown remarkPlugins={[remarkGfm]} components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
