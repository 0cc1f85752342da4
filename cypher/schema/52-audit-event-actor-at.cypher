// The audit page filtered by user, newest first.
CREATE INDEX audit_event_actor_at IF NOT EXISTS
FOR (e:AuditEvent) ON (e.actorId, e.at)
