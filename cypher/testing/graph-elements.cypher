// Every Element with all its stored properties and labels, in identity order (bulk vs incremental checks).
MATCH (e:Element)
RETURN e.type AS type, e.key AS key, e.name AS name, e.docCount AS docCount, e.strength AS strength,
  e.forms AS forms, e.formCounts AS formCounts, labels(e) AS labels, keys(e) AS properties
ORDER BY type, key
