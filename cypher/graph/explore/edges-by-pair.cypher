// Co-occurrence edges among a set of elements, looked up by unordered-pair key (unique index).
UNWIND $keys AS pairKey
MATCH (a:Element)-[r:CO_OCCURS {pair: pairKey}]->(b:Element)
RETURN a.type AS aType, a.key AS aKey, b.type AS bType, b.key AS bKey, r.weight AS weight
