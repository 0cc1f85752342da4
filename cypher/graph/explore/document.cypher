MATCH (d:Document {id: $id})
RETURN d {.id, .title, .source, .body, .answers, .tags, .url, .license} AS document,
  [(d)-[:MENTIONS]->(e:Element) | e {.type, .key, .name}] AS elements
