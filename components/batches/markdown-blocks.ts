/** The markdown subset problem statements use: headings, paragraphs, lists, quotes, rules and fenced code. */
export type MarkdownBlock =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; start: number; items: string[] }
  | { type: 'quote'; text: string }
  | { type: 'code'; lang: string; code: string }
  | { type: 'rule' };

export type InlineToken = { type: 'text' | 'code' | 'strong' | 'em'; text: string };

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w#+.-]*)/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const ITEM = /^\s*([-*+]|(\d{1,9})[.)])\s+(.*)$/;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;

/** Splits markdown into blocks; anything it does not know stays paragraph text (rendered escaped). */
export function parseMarkdown(source: string): MarkdownBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let quote: string[] = [];
  // In an object so the closure's resets are visible to the type checker.
  const open: { list: { ordered: boolean; start: number; items: string[] } | null } = { list: null };

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    if (quote.length > 0) blocks.push({ type: 'quote', text: quote.join(' ') });
    if (open.list) blocks.push({ type: 'list', ...open.list });
    paragraph = [];
    quote = [];
    open.list = null;
  };

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const marker = fence[1] ?? '```';
      const code: string[] = [];
      for (i += 1; i < lines.length; i += 1) {
        const next = lines[i] ?? '';
        if (next.trim().startsWith(marker) && next.trim().replace(/[`~]/g, '') === '') break;
        code.push(next);
      }
      blocks.push({ type: 'code', lang: fence[2] ?? '', code: code.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ type: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
      continue;
    }
    if (RULE.test(line)) {
      flush();
      blocks.push({ type: 'rule' });
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const ordered = item[2] !== undefined;
      if (!open.list || open.list.ordered !== ordered) {
        flush();
        open.list = { ordered, start: ordered ? Number(item[2]) : 1, items: [item[3] ?? ''] };
      } else open.list.items.push(item[3] ?? '');
      continue;
    }
    const quoted = QUOTE.exec(line);
    if (quoted && paragraph.length === 0 && !open.list) {
      quote.push(quoted[1] ?? '');
      continue;
    }
    if (open.list && /^\s+/.test(line)) {
      // An indented line continues the last list item.
      const items = open.list.items;
      items[items.length - 1] = `${items.at(-1) ?? ''} ${line.trim()}`;
      continue;
    }
    if (open.list || quote.length > 0) flush();
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

const INLINE = /(`+)([\s\S]*?[^`])\1(?!`)|\*\*(?=\S)([\s\S]*?\S)\*\*|\*(?=[^\s*])([^*]*?[^\s*])\*/g;

/** Inline code spans, **strong** and *emphasis*; everything else is text. */
export function parseInline(text: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index;
    if (at > last) tokens.push({ type: 'text', text: text.slice(last, at) });
    if (match[2] !== undefined) tokens.push({ type: 'code', text: match[2].trim() === '' ? match[2] : match[2].replace(/^ (.*) $/, '$1') });
    else if (match[3] !== undefined) tokens.push({ type: 'strong', text: match[3] });
    else tokens.push({ type: 'em', text: match[4] ?? '' });
    last = at + match[0].length;
  }
  if (last < text.length) tokens.push({ type: 'text', text: text.slice(last) });
  return tokens;
}
