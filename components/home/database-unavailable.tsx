export function DatabaseUnavailable({ uri, local, message }: { uri: string; local: boolean; message: string }) {
  return (
    <section className="panel panel-error" role="alert">
      <h1>Neo4j is not reachable</h1>
      <p>
        The app could not query <code>{uri}</code>: {message}
      </p>
      {local ? (
        <p>
          Start the embedded local database with <code>npm run db:start</code> (or run <code>npm start</code>, which
          starts it for you).
        </p>
      ) : (
        <p>
          Check that the server behind <code>NEO4J_URI</code> is running and that <code>NEO4J_USERNAME</code> /{' '}
          <code>NEO4J_PASSWORD</code> are right.
        </p>
      )}
    </section>
  );
}
