import { queryOptions } from '@tanstack/react-query';
import type { DocumentFunctions } from '@/lib/functions/types';
import type { DocumentView } from '@/lib/graph/explore-types';
import type { ElementProblems } from '@/lib/review/types';
import { fetchJson } from '@/components/ui/fetch-json';

/** GET /api/documents/:id: the document view plus the functions a scan found in it. */
export type DocumentWithFunctions = DocumentView & { functions: DocumentFunctions };

/** One source document with its text, answers, extracted elements and functions. */
export const documentQuery = (id: string) =>
  queryOptions({
    queryKey: ['document', id],
    queryFn: ({ signal }) => fetchJson<DocumentWithFunctions>(`/api/documents/${encodeURIComponent(id)}`, { signal }),
    staleTime: 300_000,
  });

/** The newest problems that used an element, with review counts. */
export const elementProblemsQuery = (id: string) =>
  queryOptions({
    queryKey: ['review', 'element-problems', id],
    queryFn: ({ signal }) => fetchJson<ElementProblems>(`/api/elements/${encodeURIComponent(id)}/problems`, { signal }),
    staleTime: 10_000,
  });
