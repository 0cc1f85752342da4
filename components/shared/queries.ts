import { queryOptions } from '@tanstack/react-query';
import type { DocumentView } from '@/lib/graph/explore-types';
import type { ElementProblems } from '@/lib/review/types';
import { fetchJson } from '@/components/ui/fetch-json';

/** One source document with its text, answers and extracted elements. */
export const documentQuery = (id: string) =>
  queryOptions({
    queryKey: ['document', id],
    queryFn: ({ signal }) => fetchJson<DocumentView>(`/api/documents/${encodeURIComponent(id)}`, { signal }),
    staleTime: 300_000,
  });

/** The newest problems that used an element, with review counts. */
export const elementProblemsQuery = (id: string) =>
  queryOptions({
    queryKey: ['review', 'element-problems', id],
    queryFn: ({ signal }) => fetchJson<ElementProblems>(`/api/elements/${encodeURIComponent(id)}/problems`, { signal }),
    staleTime: 10_000,
  });
