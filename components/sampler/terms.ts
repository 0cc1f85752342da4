/** Plain explanations of the sampler's symbols, shown by TermHint where the symbols appear. */
export const TERMS = {
  pT: 'P_T: the chance of drawing this candidate at temperature T — P raised to the power 1/T, then rescaled to sum to 1. T = 1 leaves P as it is; higher T evens the chances out, lower T favours the strongest candidates.',
  p: 'P: the candidate’s probability from the graph before temperature: (1 − λ) × P1 (shares documents with the scenario) + λ × P2 (reached in two steps), within its type.',
  lambda:
    'λ (hop mix): how much of P comes from two-step walks (scenario → another element → candidate) rather than from direct co-occurrence with the scenario. 0 = direct only, 1 = two-step only.',
  npmi: 'NPMI (normalised pointwise mutual information) of a pair: how much more often the two share documents than chance would give. 1 = always together, 0 = independent, −1 = never together.',
} as const;
