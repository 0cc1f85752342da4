// One node per audit event id.
CREATE CONSTRAINT audit_event_id IF NOT EXISTS
FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE
