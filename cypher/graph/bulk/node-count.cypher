// Every node of the database, of any label (from the count store): a full import replaces them all.
MATCH (n)
RETURN count(n) AS nodes
