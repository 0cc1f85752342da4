// Stores the finished problem step on the item, so a crash before the answer does not repeat it.
MATCH (i:Item {key: $key})
WHERE i.owner = $runner AND i.state = 'leased'
SET i.draft = $draft
RETURN i.key AS key
