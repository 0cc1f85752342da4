/**
 * The cheap check of SPEC.md §5: a problem must exercise every sampled feature, so its statement
 * should mention at least one key term of each. A feature whose terms all go unmentioned is flagged
 * for review (not rejected: synonyms exist).
 */

// Words that say nothing about which feature is meant.
const STOPWORDS = new Set(
  'a an and as at by for from in into of on or the to with using use via vs based over under within between its their this that data'.split(
    ' ',
  ),
);

/** Lower-case words of a text (letters, digits and a few joiners such as "scikit-learn"). */
function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9][a-z0-9+#]*(?:[-_.][a-z0-9+#]+)*/g) ?? [];
}

/** A word's crude stem: enough to match "forecasting" with "forecast" and "series" with "serie". */
function stem(word: string): string {
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ies', 'es', 'ed', 's']) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The words of a feature's name that could show it is used. */
export function keyTerms(name: string): string[] {
  return [
    ...new Set(
      words(name)
        .filter((w) => w.length >= 3 && !STOPWORDS.has(w))
        .map(stem),
    ),
  ];
}

export interface CheckedFeature {
  /** "Type:key". */
  id: string;
  name: string;
}

/** Flags of a statement: "unmentioned:<id>" for each feature none of whose key terms appears. */
export function featureFlags(statement: string, features: readonly CheckedFeature[]): string[] {
  const stems = new Set(words(statement).map(stem));
  const text = statement.toLowerCase();
  const flags: string[] = [];
  for (const feature of features) {
    const terms = keyTerms(feature.name);
    // A name of only short or stop words cannot be checked this way; it is not flagged.
    if (terms.length === 0) continue;
    const mentioned = terms.some((term) => stems.has(term) || text.includes(term));
    if (!mentioned) flags.push(`unmentioned:${feature.id}`);
  }
  return flags;
}
