/** A piece of Python source with its highlighting class; concatenated, the pieces give the source back. */
export interface CodeToken {
  kind: 'plain' | 'keyword' | 'builtin' | 'string' | 'comment' | 'number' | 'decorator' | 'definition';
  text: string;
}

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case'.split(' '),
);
const BUILTINS = new Set(
  'abs all any bool bytes callable dict dir divmod enumerate filter float format frozenset getattr hasattr hash int isinstance issubclass iter len list map max min next object open print range repr reversed round set setattr slice sorted str sum super tuple type zip self cls Exception ValueError TypeError KeyError IndexError'.split(' '),
);

// Order matters: comments and strings first, so keywords inside them stay what they are.
const TOKEN = new RegExp(
  [
    /(?<comment>#[^\n]*)/.source,
    /(?<string>[rRbBfFuU]{0,2}(?:"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?))/.source,
    /(?<decorator>@[A-Za-z_][\w.]*)/.source,
    /(?<number>\b(?:0[xX][\da-fA-F_]+|0[bB][01_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?j?|\.\d+(?:[eE][+-]?\d+)?)\b)/.source,
    /(?<word>[A-Za-z_]\w*)/.source,
  ].join('|'),
  'g',
);

/** Splits Python source into highlighted tokens (a small scanner: no parser, never loses a character). */
export function pythonTokens(source: string): CodeToken[] {
  const tokens: CodeToken[] = [];
  const push = (kind: CodeToken['kind'], text: string) => {
    const last = tokens.at(-1);
    if (last && last.kind === kind && kind === 'plain') last.text += text;
    else if (text) tokens.push({ kind, text });
  };
  let position = 0;
  let afterDef = false;
  for (const match of source.matchAll(TOKEN)) {
    push('plain', source.slice(position, match.index));
    const groups = match.groups ?? {};
    const text = match[0];
    if (groups.comment) push('comment', text);
    else if (groups.string) push('string', text);
    else if (groups.decorator) push('decorator', text);
    else if (groups.number) push('number', text);
    else if (afterDef) push('definition', text);
    else if (KEYWORDS.has(text)) push('keyword', text);
    else if (BUILTINS.has(text)) push('builtin', text);
    else push('plain', text);
    afterDef = groups.word !== undefined && (text === 'def' || text === 'class');
    position = match.index + text.length;
  }
  push('plain', source.slice(position));
  return tokens;
}
