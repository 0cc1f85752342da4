// The prose inside Python source (pure): comments, docstrings and string literals, found by a token-level scan.

export interface PythonProse {
  /** Comments, triple-quoted strings, and other string literals of two or more words, in source order. */
  prose: string[];
  /** The source with every comment and string literal removed (newlines kept): the code tokens alone. */
  code: string;
}

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 't', 'br', 'rb', 'fr', 'rf', 'tr', 'rt']);
const IDENTIFIER_CHAR = /[\p{L}\p{N}_]/u;

// ASCII first: a Unicode property test on every character of a long script is the slow part of the scan.
function isIdentifierChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return IDENTIFIER_CHAR.test(ch);
}

/**
 * Splits Python source into its prose (comments, docstrings, string literals) and its code. A `#` inside a string
 * is not a comment, quotes inside a comment open no string, and string prefixes (r, b, f, rb …) are understood;
 * replacement fields of f-strings are code.
 */
export function pythonProse(source: string): PythonProse {
  const prose: string[] = [];
  let code = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '#') {
      const end = lineEnd(source, i);
      // A shebang names an interpreter, it says nothing.
      if (!(i === 0 && source[1] === '!')) prose.push(source.slice(i + 1, end));
      i = end;
    } else if (ch === '"' || ch === "'") {
      i = readString(source, i, '', prose);
    } else if (isIdentifierChar(ch)) {
      let end = i + 1;
      while (end < source.length && isIdentifierChar(source[end]!)) end += 1;
      const word = source.slice(i, end);
      const next = source[end];
      if ((next === '"' || next === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
        i = readString(source, end, word.toLowerCase(), prose);
      } else {
        code += word;
        i = end;
      }
    } else {
      code += ch;
      i += 1;
    }
  }
  return { prose, code };
}

function lineEnd(source: string, from: number): number {
  const end = source.indexOf('\n', from);
  return end === -1 ? source.length : end;
}

// Reads the string literal whose opening quote is at `start`; returns the index after it.
function readString(source: string, start: number, prefix: string, prose: string[]): number {
  const quote = source[start]!;
  const triple = source.startsWith(quote.repeat(3), start);
  const formatted = prefix.includes('f') || prefix.includes('t');
  let i = start + (triple ? 3 : 1);
  let text = '';
  let depth = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\') {
      // Even in a raw string a backslash keeps the next quote from closing it.
      if (depth === 0) text += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (triple && source.startsWith(quote.repeat(3), i)) {
      i += 3;
      break;
    }
    if (!triple && ch === '\n') break;
    if (!triple && ch === quote && depth === 0) {
      i += 1;
      break;
    }
    if (formatted && depth === 0 && (ch === '{' || ch === '}') && source[i + 1] === ch) {
      text += ch;
      i += 2;
      continue;
    }
    if (formatted && ch === '{') {
      depth += 1;
    } else if (formatted && ch === '}' && depth > 0) {
      depth -= 1;
    } else if (depth === 0) {
      text += ch;
    }
    i += 1;
  }
  // A one-word literal ('mean', 'utf-8', '%Y-%m-%d') is a name or a format, not a sentence.
  if (triple || wordCount(text) >= 2) prose.push(text);
  return i;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((token) => /\p{L}/u.test(token)).length;
}

// Lines that only Python code starts or ends like this.
const PYTHON_LINE =
  /^\s*(?:import\s+[\w.]+|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+\s*[(:]|@[\w.]+|return\b|(?:if|elif|while|for|with)\b.*:\s*$|else\s*:|try\s*:|except\b.*:\s*$|print\s*\(|[\w.[\]]+\s*(?:[-+*/%]|\*\*|\/\/)?=\s*\S|[\w.]+\(.*\)\s*$)/u;

/**
 * Whether a text with no markdown code blocks is itself Python source: at least three of its code lines (comments
 * and strings aside) and at least half of them read as Python statements.
 */
export function looksLikePython(text: string): boolean {
  const lines = pythonProse(text)
    .code.split('\n')
    .filter((line) => line.trim() !== '');
  const statements = lines.filter((line) => PYTHON_LINE.test(line)).length;
  return statements >= 3 && statements * 2 >= lines.length;
}
