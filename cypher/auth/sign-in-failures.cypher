// Recent failures for one e-mail address and for everyone, over the throttle's window.
OPTIONAL MATCH (f:AuthSignInFailure)
WHERE f.at >= datetime() - duration({seconds: $windowSeconds})
WITH collect(f) AS recent
RETURN size([f IN recent WHERE f.email = $email]) AS forEmail, size(recent) AS overall,
       toString(reduce(last = null, f IN [f IN recent WHERE f.email = $email] |
         CASE WHEN last IS NULL OR f.at > last THEN f.at ELSE last END)) AS lastAt
