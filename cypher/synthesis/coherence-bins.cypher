// Coherence of a batch's problems in $bins equal bins over [-1, 1]; null coherence counted apart.
MATCH (:Batch {id: $id})-[:PRODUCED]->(p:Problem)
WITH CASE WHEN p.coherence IS NULL THEN -1
  ELSE toInteger(floor((p.coherence + 1) / 2 * toInteger($bins))) END AS raw, p.coherence AS coherence
WITH CASE WHEN raw >= toInteger($bins) THEN toInteger($bins) - 1 ELSE raw END AS bin, coherence
RETURN bin, count(*) AS count, sum(coherence) AS total
