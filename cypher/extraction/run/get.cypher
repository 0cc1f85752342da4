// One run, as the Ingest page shows it.
MATCH (r:ExtractionRun {id: $id})
RETURN r {.id, .name, .state, .startedAt, .finishedAt, .error, .isStub, .startedById, .startedByName, .curation,
  .total, .done, .fromCache, .extracted, .failed, .summary, .cancelRequested, .owner, .takeovers} AS run
