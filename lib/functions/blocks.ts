/** Where a code block sits in a document: its question/notebook body or one of its answers. */
export type BlockPart = 'body' | `answer ${number}`;

/** One fenced code block of a document's stored text. */
export interface CodeBlock {
  /** `<docId>#<n>`: the block's position among the document's candidate blocks, from 0. */
  id: string;
  docId: string;
  part: BlockPart;
  code: string;
  /** True for ```python / ```py (and kin); false for an untagged fence, kept only if it parses. */
  tagged: boolean;
}

// Info strings that mark Python (notebook cells are exported as ```python, sometimes ```ipython).
const PYTHON_TAGS = new Set(['python', 'py', 'python3', 'py3', 'ipython', 'ipython3', 'jupyter']);
const OPENING = /^( {0,3})(`{3,}|~{3,})[ \t]*([^`\s]*)[^`]*$/;

/**
 * The Python candidates among the fenced blocks of one text (CommonMark fences: ``` or ~~~, indented up to 3
 * spaces, closed by a fence of the same character at least as long; an unclosed fence runs to the end).
 * Blocks tagged with another language (sql, text, yaml …) are left out.
 */
export function fencedBlocks(text: string): Array<{ code: string; tagged: boolean }> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Array<{ code: string; tagged: boolean }> = [];
  let open: { fence: string; indent: number; tag: string; body: string[] } | null = null;
  for (const line of lines) {
    if (open === null) {
      const m = OPENING.exec(line);
      if (m) open = { indent: m[1]!.length, fence: m[2]!, tag: m[3]!.toLowerCase(), body: [] };
      continue;
    }
    const trimmed = line.trim();
    if (trimmed.startsWith(open.fence) && new RegExp(`^\\${open.fence[0]}+$`).test(trimmed)) {
      keep(open);
      open = null;
      continue;
    }
    open.body.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)));
  }
  if (open) keep(open);
  return blocks;

  function keep(block: { tag: string; body: string[] }): void {
    const tagged = PYTHON_TAGS.has(block.tag);
    if (!tagged && block.tag !== '') return;
    const code = block.body.join('\n');
    if (code.trim() !== '') blocks.push({ code: `${code}\n`, tagged });
  }
}

/** Every Python candidate block of a document's body and answers, numbered in reading order. */
export function documentBlocks(doc: { id: string; body: string | null; answers: readonly string[] }): CodeBlock[] {
  const parts: Array<[BlockPart, string]> = [
    ['body', doc.body ?? ''],
    ...doc.answers.map((answer, i): [BlockPart, string] => [`answer ${i + 1}`, answer]),
  ];
  return parts
    .flatMap(([part, text]) => fencedBlocks(text).map((b) => ({ ...b, part, docId: doc.id })))
    .map((block, n) => ({ id: `${doc.id}#${n}`, ...block }));
}
