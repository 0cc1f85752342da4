// The rows of the graph's queries (cypher/graph/, cypher/sampling/): see lib/db/rows.ts.
import type { NoRows } from '../db/rows';
import type { ElementRef } from '../domain/element-ref';
import type { ElementType } from '../domain/element-types';
import type { CandidatesRow } from './candidate-query';
import type { ScenarioSummary } from './candidates';
import type { WeightedSummary } from './explore';
import type { DocumentView, ElementSummary } from './explore-types';
import type { VersionRow } from './graph-version';
import type { LockedRow } from './ingest';
import type { CountsRow, ScenarioDegree } from './stats';

declare module '../db/rows' {
  interface QueryRows {
    'graph/documents/attach-text': { attached: number };
    'graph/explore/search': ElementSummary & { score: number };
    'graph/explore/first-hop': {
      focus: ElementSummary & { strength: number };
      degree: number;
      neighbours: WeightedSummary[];
    };
    'graph/explore/second-hop': { type: ElementType; key: string; next: WeightedSummary[] };
    'graph/explore/details': {
      focus: ElementSummary & { strength: number };
      degree: number;
      documents: number;
      byType: Array<{ type: ElementType; total: number; top: WeightedSummary[] }>;
    };
    'graph/explore/documents-of': { id: string; title: string; source: string; functions: number; eligible: number };
    'graph/explore/document': {
      document: Omit<DocumentView, 'elements'>;
      elements: Array<ElementRef & { name: string }>;
    };
    'graph/ingest/01-lock-documents': LockedRow;
    'graph/ingest/02-upsert-elements': { nodeId: string; isNew: boolean };
    'graph/ingest/03-delete-mentions': NoRows;
    'graph/ingest/04-write-documents': NoRows;
    'graph/ingest/05-create-pairs': NoRows;
    'graph/ingest/06-add-pairs': NoRows;
    'graph/ingest/07-subtract-pairs': NoRows;
    'graph/ingest/08-delete-orphans': NoRows;
    'graph/bulk/node-count': { nodes: number };
    'graph/stats/counts': CountsRow;
    'graph/stats/top-scenarios': ScenarioDegree;
    'sampling/candidates': CandidatesRow;
    'sampling/graph-version': VersionRow;
    'sampling/scenarios': ScenarioSummary;
  }
}
