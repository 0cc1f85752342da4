// Everyone in the audit log, under the name of their latest event, for the page's user filter.
MATCH (e:AuditEvent)
WITH e ORDER BY e.at DESC
WITH e.actorId AS id, collect(e.actorName)[0] AS name
RETURN id, name
ORDER BY toLower(name), id
