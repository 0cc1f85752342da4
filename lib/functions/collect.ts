import type { SourceFunctions } from '../sandbox/types';
import type { CodeBlock } from './blocks';
import { functionKey, reasonOf, sourceHash } from './reasons';
import type { StoredFunction } from './types';

/** The functions of one document and what its blocks came to, ready to store. */
export interface DocumentScan {
  id: string;
  functions: Array<Omit<StoredFunction, 'scannedAt'>>;
  blocks: number;
  unparsed: number;
  untaggedSkipped: number;
  nested: number;
}

/**
 * One document's scan from the parser's answer for each of its blocks. The same function (same normalized
 * source) found twice in a document, e.g. quoted again in an answer, is kept once, where it first appears.
 */
export function collectDocument(
  docId: string,
  blocks: readonly CodeBlock[],
  parsed: ReadonlyMap<string, SourceFunctions>,
): DocumentScan {
  const scan: DocumentScan = { id: docId, functions: [], blocks: 0, unparsed: 0, untaggedSkipped: 0, nested: 0 };
  const seen = new Set<string>();
  blocks.forEach((block, index) => {
    const result = parsed.get(block.id);
    if (!result) throw new Error(`the parser returned nothing for block ${block.id}`);
    if (result.error !== undefined) {
      if (block.tagged) {
        scan.blocks += 1;
        scan.unparsed += 1;
      } else scan.untaggedSkipped += 1;
      return;
    }
    scan.blocks += 1;
    scan.nested += result.notTopLevel ?? 0;
    for (const fn of result.functions) {
      const hash = sourceHash(fn.source);
      const key = functionKey(docId, hash);
      if (seen.has(key)) continue;
      seen.add(key);
      scan.functions.push({
        key,
        docId,
        name: fn.name,
        signature: fn.signature,
        source: fn.source,
        hash,
        docstring: fn.docstring,
        params: fn.params,
        modules: fn.modules,
        part: block.part,
        block: index,
        line: fn.line,
        endLine: fn.endLine,
        eligible: fn.problems.length === 0,
        problems: fn.problems,
        reasons: [...new Set(fn.problems.map(reasonOf))],
      });
    }
  });
  return scan;
}
