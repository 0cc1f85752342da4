// Type-ahead search over element names.
CREATE FULLTEXT INDEX element_name IF NOT EXISTS
FOR (e:Element) ON EACH [e.name]
