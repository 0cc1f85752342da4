import http from 'node:http';

/**
 * An attacker's page aimed at the app at `app`: `window.attack()` sends `body` to /api/batches as a no-cors
 * text/plain fetch (with `credentials` as given), then as a no-cors fetch that asks for JSON (the browser
 * drops that header), then a no-cors POST to /api/review/duplicates, then a text/plain form whose one field
 * spells the same JSON (into an iframe, so the page stays).
 */
export function evilPage(app: string, body: string, credentials: 'same-origin' | 'include' = 'same-origin'): string {
  const send = (type: string) =>
    `await fetch("${app}/api/batches", { method: "POST", mode: "no-cors", credentials: "${credentials}", body, headers: { "content-type": "${type}" } });`;
  return `<!doctype html><title>evil</title>
<iframe name="sink"></iframe>
<form id="form" method="POST" enctype="text/plain" target="sink" action="${app}/api/batches">
<input name='${body.slice(0, -1)}, "x": "' value='"}'></form>
<script>
  window.attack = async () => {
    const body = ${JSON.stringify(body)};
    ${send('text/plain')}
    ${send('application/json')}
    await fetch("${app}/api/review/duplicates", { method: "POST", mode: "no-cors", credentials: "${credentials}", body: "{}" });
    document.getElementById("form").submit();
  };
</script>`;
}

/** Serves `html` on 127.0.0.1:`port` until the returned close() is awaited. */
export async function serveEvil(port: number, html: string): Promise<() => Promise<void>> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
