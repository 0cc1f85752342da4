// The newest runs, as the Ingest page shows them.
MATCH (r:ExtractionRun)
WITH r ORDER BY r.startedAt DESC LIMIT toInteger($limit)
RETURN r {.id, .name, .state, .startedAt, .finishedAt, .error, .isStub, .startedById, .startedByName, .curation,
  .total, .done, .fromCache, .extracted, .failed, .summary, .cancelRequested, .owner, .takeovers} AS run
