// Bench only, the naive baseline of sampling/candidates: the exact two-hop walk with no top-K cut,
// each intermediate's P1 denominator summed from its edges on every row instead of read from strength.
MATCH (s:Element {type: 'Scenario', key: $key})
MATCH (s)-[r1:CO_OCCURS]-(u)
CALL (u) {
  MATCH (u)-[r:CO_OCCURS]-()
  RETURN sum(r.weight) AS uStrength
}
MATCH (u)-[r2:CO_OCCURS]-(v)
WHERE v <> s AND NOT v:Scenario
WITH v, sum(toFloat(r1.weight) * r2.weight / uStrength) AS mass
RETURN count(v) AS candidates, sum(mass) AS secondStepMass
