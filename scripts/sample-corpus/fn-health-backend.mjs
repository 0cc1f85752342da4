import { md } from './fn-text.mjs';

export const FN_HEALTH_BACKEND = [
];
