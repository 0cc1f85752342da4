/** Estimated Jaccard similarity of statement shingles at or above which two problems are near duplicates. */
export const PROBLEM_DUPLICATE_THRESHOLD = 0.7;
