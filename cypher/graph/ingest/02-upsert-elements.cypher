// Applies document-count and surface-form deltas, in the caller's element-id order (the lock order).
// $rows: [{type, key, docDelta, strengthDelta, forms: [string], formDeltas: [int]}]; type is from the
// label allowlist. strength = the sum of the element's CO_OCCURS weights (the P1 denominator).
UNWIND $rows AS row
MERGE (e:Element {type: row.type, key: row.key})
  ON CREATE SET e.docCount = 0, e.strength = 0, e.forms = [], e.formCounts = []
SET e:$(row.type)
WITH e, row, e.docCount AS before, e.forms AS forms, e.formCounts AS counts
WITH e, row, before, counts, forms + [f IN row.forms WHERE NOT f IN forms] AS allForms
WITH e, row, before, [i IN range(0, size(allForms) - 1) | {
  form: allForms[i],
  count: coalesce(counts[i], 0) + reduce(s = 0, j IN range(0, size(row.forms) - 1) |
    s + CASE WHEN row.forms[j] = allForms[i] THEN toInteger(row.formDeltas[j]) ELSE 0 END)
}] AS merged
WITH e, row, before, [m IN merged WHERE m.count > 0] AS kept
SET e.docCount = before + toInteger(row.docDelta),
    e.strength = coalesce(e.strength, 0) + toInteger(row.strengthDelta),
    e.forms = [m IN kept | m.form],
    e.formCounts = [m IN kept | m.count],
    e.name = CASE WHEN size(kept) = 0 THEN coalesce(e.name, row.key)
      ELSE reduce(best = head(kept), m IN kept |
        CASE WHEN m.count > best.count OR (m.count = best.count AND m.form < best.form) THEN m ELSE best END).form
    END
RETURN elementId(e) AS nodeId, before = 0 AS isNew
