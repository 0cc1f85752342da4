// One page of the audit log, newest first, older than the keyset cursor ($beforeAt, $beforeId; the first page
// passes the largest time), optionally of one user and one action. The range on e.at uses audit_event_at.
MATCH (e:AuditEvent)
WHERE e.at <= $beforeAt
  AND (e.at < $beforeAt OR e.id < $beforeId)
  AND ($actorId IS NULL OR e.actorId = $actorId)
  AND ($action IS NULL OR e.action = $action)
WITH e
ORDER BY e.at DESC, e.id DESC
LIMIT toInteger($limit)
RETURN e {.*} AS event
