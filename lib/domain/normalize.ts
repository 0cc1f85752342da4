/** Longest element name accepted, after cleaning. */
export const MAX_NAME_LENGTH = 200;

// Sentence punctuation only: closing brackets and quotes can be part of a name like "pandas.merge()".
const TRAILING_PUNCTUATION = /[\s.,;:!?\u2026\u3002\uff0c\uff1b\uff1a\uff01\uff1f]+$/u;

/**
 * The surface form kept for display: NFKC, control characters and whitespace runs collapsed to one
 * space, trimmed, trailing sentence punctuation removed.
 */
export function cleanSurface(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim()
    .replace(TRAILING_PUNCTUATION, '')
    .trim();
}

/** The identity key of an element name (SPEC.md §2): the cleaned surface form, lower-cased. */
export function normalizeKey(name: string): string {
  return cleanSurface(name).toLowerCase();
}
