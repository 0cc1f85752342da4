// Stores finished problem steps on their items, so a crash before the answer does not repeat them.
// $rows: [{key, draft}]; only items this runner still holds are written.
UNWIND $rows AS row
MATCH (i:Item {key: row.key})
WHERE i.owner = $runner AND i.state = 'leased'
SET i.draft = row.draft
RETURN i.key AS key
