// The audit page reads events newest first, a page at a time (keyset on at, id).
CREATE INDEX audit_event_at IF NOT EXISTS
FOR (e:AuditEvent) ON (e.at)
