import { md } from './fn-text.mjs';

export const FN_GEO_SCIENCE_EDU = [
];
