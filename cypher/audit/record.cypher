// One audit event: who did what to which target and when. Runs in the action's own transaction where it can.
CREATE (:AuditEvent {
  id: $id, at: $at, actorId: $actorId, actorName: $actorName, actorRole: $actorRole, via: $via, action: $action,
  target: $target, summary: $summary, detail: $detail
})
