// Tests only: how many audit events are stored, of one action or of all ($action null).
MATCH (e:AuditEvent)
WHERE $action IS NULL OR e.action = $action
RETURN count(e) AS n
