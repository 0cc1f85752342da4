// Knowledge and domain skills shared by two or more related domains: [name, gloss, domain keys].

export const SHARED_KNOWLEDGE = [
  ['data leakage from future information', 'Any feature computed with information from after the prediction time makes offline scores look far better than production.', ['finance', 'retail', 'science', 'geo']],
  ['concept drift in production data', 'The relationship between inputs and target changes over time, so a model that was accurate last quarter quietly degrades.', ['finance', 'iot', 'nlp', 'retail']],
  ['rare positive classes in event prediction', 'When the event of interest is rare, a model can look accurate while missing almost every case.', ['healthcare', 'iot', 'edu']],
  ['label noise in human annotations', 'Annotators disagree and make mistakes, so a few percent of labels are simply wrong.', ['nlp', 'vision', 'healthcare']],
  ['handling personally identifiable information', 'Names, emails and IDs must be minimized, pseudonymized and kept out of logs.', ['healthcare', 'backend', 'edu']],
  ['spatial autocorrelation', 'Nearby locations have similar values, so random train/test splits overstate accuracy.', ['geo', 'science']],
  ['values missing not at random', 'Whether a value is missing often depends on the value itself or on the outcome, so missingness carries information.', ['healthcare', 'edu', 'science']],
  ['time zones in event timestamps', 'Events logged in local time, UTC and device time have to be brought to one reference before they are compared.', ['backend', 'iot', 'geo']],
];

export const SHARED_DOMAIN_SKILLS = [
  ['time-based train/validation splitting', 'The validation period strictly follows the training period, like the model will be used in production.', ['retail', 'finance', 'science', 'geo', 'iot']],
  ['building lag features for time series', 'Values from previous periods (the day before, the same day last week) become features for the next period.', ['retail', 'science', 'geo', 'iot']],
  ['stratified cross-validation for imbalanced labels', 'Every fold keeps the overall class ratio so rare classes appear in each validation fold.', ['finance', 'healthcare', 'edu']],
  ['tuning decision thresholds on precision and recall', 'The cut-off on predicted scores is chosen from the precision-recall trade-off rather than left at 0.5.', ['finance', 'healthcare', 'iot']],
  ['error analysis by segment', 'Errors are broken down by class, source and data slice to find where the model fails.', ['nlp', 'vision', 'edu', 'healthcare']],
  ['transfer learning from pretrained models', 'A model pretrained on a large generic dataset is adapted to the task with a small labelled set.', ['vision', 'nlp']],
  ['designing idempotent data pipelines', 'Re-running a pipeline step for the same input produces the same output and no duplicates.', ['backend', 'iot', 'healthcare']],
  ['deduplicating records with fuzzy keys', 'Records that refer to the same entity are matched on normalized names and tolerant comparisons.', ['healthcare', 'finance', 'edu']],
];
