// The prose of a document (pure): what the language check judges, with the code left out.
import type { DocumentRecord } from '../domain/document-record';
import { looksLikePython, pythonProse } from './python-prose';

export interface DocumentProse {
  /** Title, markdown text outside code, and the comments and strings of Python code, one piece a line. */
  text: string;
  /** Whether the document holds any code (a fenced or indented block, or a body that is Python source). */
  hasCode: boolean;
}

// Info strings of fenced blocks read as Python; an unlabelled block is most often Python in this corpus.
const PYTHON_LANGUAGES = new Set(['', 'python', 'py', 'python3', 'py3', 'ipython', 'ipython3', 'pycon', 'jupyter']);
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;

/** Splits a document's title, body and answers into prose and code, keeping the prose. */
export function documentProse(record: Pick<DocumentRecord, 'title' | 'body' | 'answers'>): DocumentProse {
  const pieces = [record.title];
  let hasCode = false;
  for (const text of [record.body, ...(record.answers ?? [])]) {
    const split = markdownProse(text);
    pieces.push(...split.prose);
    hasCode ||= split.hasCode;
  }
  return { text: pieces.filter((p) => p.trim() !== '').join('\n'), hasCode };
}

interface MarkdownSplit {
  prose: string[];
  hasCode: boolean;
}

/** The prose of one markdown text: outside ``` / ~~~ fences and indented blocks, plus what Python code says. */
export function markdownProse(markdown: string): MarkdownSplit {
  const lines = markdown.split(/\r?\n/);
  const prose: string[] = [];
  let hasCode = false;
  let i = 0;
  let previousBlank = true;
  const code = (source: string, python: boolean) => {
    if (source.trim() === '') return;
    hasCode = true;
    if (python) prose.push(...pythonProse(source).prose);
  };
  while (i < lines.length) {
    const line = lines[i]!;
    const fence = FENCE_OPEN.exec(line);
    if (fence && !(fence[1]![0] === '`' && line.slice(fence.index + fence[1]!.length).includes('`'))) {
      const marker = fence[1]!;
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
      const language = fence[2]!
        .replace(/^[{.]/, '')
        .replace(/[},].*$/, '')
        .toLowerCase();
      let end = i + 1;
      while (end < lines.length && !closing.test(lines[end]!)) end += 1;
      code(lines.slice(i + 1, end).join('\n'), PYTHON_LANGUAGES.has(language));
      i = end + 1;
      previousBlank = true;
    } else if (previousBlank && /^(?: {4}|\t)/.test(line) && line.trim() !== '') {
      let end = i;
      while (end < lines.length && (/^(?: {4}|\t)/.test(lines[end]!) || lines[end]!.trim() === '')) end += 1;
      code(lines.slice(i, end).map(dedent).join('\n'), true);
      i = end;
      previousBlank = true;
    } else {
      prose.push(withoutInlineCode(line));
      previousBlank = line.trim() === '';
      i += 1;
    }
  }
  if (!hasCode && looksLikePython(markdown)) return { prose: pythonProse(markdown).prose, hasCode: true };
  return { prose, hasCode };
}

function dedent(line: string): string {
  return line.startsWith('\t') ? line.slice(1) : line.slice(4);
}

// `df.groupby()` in a sentence is a code token, not a word of the sentence.
function withoutInlineCode(line: string): string {
  return line.replace(/(`+)[^`]+?\1/g, ' ');
}
