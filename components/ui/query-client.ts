import { isServer, QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './fetch-json';

// A 4xx answer will not change on a second try; network errors and 5xx get one retry.
const retry = (failures: number, error: Error) =>
  failures < 1 && !(error instanceof ApiRequestError && error.status < 500);

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Above zero so data fetched on the server is not refetched at once on the client.
      queries: { staleTime: 30_000, retry, refetchOnWindowFocus: false },
    },
  });
}

let browserClient: QueryClient | undefined;

/** A new client per server request; one shared client in the browser. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
