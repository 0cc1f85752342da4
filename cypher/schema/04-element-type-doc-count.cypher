// Listings such as "top scenarios" filter by type and sort by document count.
CREATE INDEX element_type_doc_count IF NOT EXISTS
FOR (e:Element) ON (e.type, e.docCount)
