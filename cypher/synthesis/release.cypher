// Gives back leases this runner will not finish (shutdown, abort): the items are queued again.
UNWIND $keys AS key
MATCH (i:Item {key: key})
WHERE i.owner = $runner AND i.state = 'leased'
SET i.state = 'queued', i.owner = null, i.leaseExpires = null
RETURN count(i) AS released
