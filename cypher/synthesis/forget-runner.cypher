// A stopped runner removes its heartbeat, so no page lists it as working.
MATCH (r:Runner {id: $id})
DETACH DELETE r
