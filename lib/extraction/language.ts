// A cheap "is this English-ish?" score (pure): letter script and function-word share.

// Common English function words; code and jargon rarely contain them, English prose always does.
const STOPWORDS = new Set(
  (
    'a an the and or but if then of to in on at by for with from as is are was were be been being it its this that these those ' +
    'i you he she we they me my your our their not no do does did have has had can could would should will so what which who ' +
    'how when where why there here all any some more most than into about out up'
  ).split(' '),
);

export interface EnglishScore {
  /** Letters of any script. */
  letters: number;
  /** Share of those letters that are ASCII a–z / A–Z. */
  asciiLetterShare: number;
  /** Words of letters only. */
  words: number;
  /** Share of those words that are English function words. */
  stopwordShare: number;
}

/** Scores a text's English-ness from its letters and words. */
export function englishScore(text: string): EnglishScore {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const ascii = text.match(/[A-Za-z]/g)?.length ?? 0;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let stop = 0;
  for (const word of words) if (STOPWORDS.has(word)) stop += 1;
  return {
    letters,
    asciiLetterShare: letters === 0 ? 0 : ascii / letters,
    words: words.length,
    stopwordShare: words.length === 0 ? 0 : stop / words.length,
  };
}
