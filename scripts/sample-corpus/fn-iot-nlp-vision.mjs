import { md } from './fn-text.mjs';

export const FN_IOT_NLP_VISION = [
];
