// The candidates of one scenario s (SPEC.md §4), as weights: probabilities are computed in
// lib/sampling. Returns f(s, v) for s's feature neighbours (up to $firstHopLimit neighbours), the
// second-hop intermediates u (s's top $hopLimit neighbours of any type, with f(s, u) and u.strength,
// the P1(·|u) denominator), and for each u its top $hopLimit feature neighbours with f(u, v), grouped
// by v. A u's list does not depend on s, so intermediates in $cachedVia (element ids whose lists the
// caller holds) are not expanded again. Cuts are flagged. N and document counts come back for NPMI.
MATCH (s:Element {type: 'Scenario', key: $key})
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL (s) {
  MATCH (s)-[r:CO_OCCURS]-(u:Element)
  WITH u, r.weight AS weight
  ORDER BY weight DESC, u.type, u.key
  LIMIT toInteger($firstHopLimit) + 1
  RETURN collect({node: u, info: u {.type, .key, .name, .docCount, .strength, weight: weight}}) AS ranked
}
WITH s, documents, ranked[0..toInteger($firstHopLimit)] AS firstHop, size(ranked) > $firstHopLimit AS firstCut,
  ranked[0..toInteger($hopLimit)] AS via, size(ranked) > $hopLimit AS viaCut
CALL (s, via) {
  UNWIND range(0, size(via) - 1) AS i
  WITH i, via[i].node AS u
  WHERE NOT elementId(u) IN $cachedVia
  CALL (u) {
    MATCH (u)-[r:CO_OCCURS]-(v)
    WHERE NOT v:Scenario
    WITH v, r.weight AS weight
    // Ties by element id: reading every hub neighbour's key would cost about half the query.
    ORDER BY weight DESC, elementId(v)
    LIMIT toInteger($hopLimit) + 1
    WITH collect({node: v, weight: weight}) AS ranked
    RETURN ranked[0..toInteger($hopLimit)] AS kept, size(ranked) > $hopLimit AS cut
  }
  WITH collect({i: i, kept: kept}) AS perVia, collect(CASE WHEN cut THEN i END) AS cutVia
  CALL (perVia) {
    UNWIND perVia AS pv
    UNWIND pv.kept AS hop
    WITH hop.node AS v, collect([pv.i, hop.weight]) AS hops
    RETURN collect(v {.type, .key, .name, .docCount, hops: hops}) AS secondHop
  }
  RETURN secondHop, cutVia
}
RETURN s {.key, .name, .docCount, .strength} AS scenario, documents,
  [x IN firstHop WHERE x.info.type <> 'Scenario' | x.info] AS firstHop,
  [x IN via | {id: elementId(x.node), weight: x.info.weight, strength: x.info.strength}] AS via,
  secondHop, cutVia, firstCut OR viaCut AS truncated
