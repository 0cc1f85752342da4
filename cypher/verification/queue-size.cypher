// Problems waiting for a verifier and problems being verified now.
MATCH (p:Problem)
WHERE p.verifyState IN ['queued', 'leased']
RETURN sum(CASE p.verifyState WHEN 'queued' THEN 1 ELSE 0 END) AS queued,
       sum(CASE p.verifyState WHEN 'leased' THEN 1 ELSE 0 END) AS leased
