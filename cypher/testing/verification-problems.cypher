// Problems of a batch with their verification (tests only).
MATCH (:Batch {id: $id})-[:PRODUCED]->(p:Problem)
RETURN p.key AS key, p.index AS index, p.verifyStatus AS verifyStatus, p.verifyAttempts AS verifyAttempts,
       p.verifyPassed AS verifyPassed, p.passRate AS passRate, p.difficulty AS difficulty, p.coverage AS coverage,
       p.keptAttempt AS keptAttempt, p.tests AS tests, p.answerCode AS answerCode, p.referenceCode AS referenceCode,
       p.verifyFingerprint AS verifyFingerprint, p.unsandboxed AS unsandboxed, p.verification AS verification,
       p.verifyRuns AS verifyRuns, p.verifyState AS verifyState
ORDER BY index
