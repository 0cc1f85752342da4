// Runners heard from within $withinMs.
MATCH (r:Runner)
WHERE r.seenAt >= timestamp() - toInteger($withinMs)
RETURN r {.id, .host, .pid, .concurrency, .seenAt, role: coalesce(r.role, 'runner')} AS runner
ORDER BY r.seenAt DESC, r.id
