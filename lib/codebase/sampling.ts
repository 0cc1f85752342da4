// PLACEHOLDER: a minimal stand-in with the API of the real sampler (another helper writes it). The lead drops
// this file at merge. It reads the code graph of lib/codebase/MODEL.md directly and draws with a seeded PRNG.
import type { Driver } from 'neo4j-driver';
import { mulberry32 } from '../sampling/prng';

export interface CodeApiRef {
  type: 'CodeClass' | 'CodeFunction';
  key: string;
  qualname: string;
  name: string;
  signature: string | null;
  module: string;
}
export interface CodeCandidate extends CodeApiRef {
  weight: number;
  p: number;
  pT: number;
  via: Record<string, unknown>;
}
export interface CodeSampleParams {
  codebase: string;
  start: string;
  temperature: number;
  complexity: number;
  seed: number;
}
export interface CodeSample {
  start: CodeApiRef;
  apis: CodeCandidate[];
}
export interface CodeChainParams {
  codebase: string;
  start?: string;
  length: number;
  temperature: number;
  seed: number;
}
export interface CodeChainLink {
  fn: CodeApiRef;
  feeds: { classKey: string; className: string; param: string } | null;
}
export interface CodeChain {
  links: CodeChainLink[];
}

const REF = `{type: head([l IN labels(n) WHERE l IN ['CodeClass','CodeFunction']]), key: n.key, qualname: n.qualname,
  name: n.name, signature: n.signature, module: n.module}`;

async function rows<T>(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(cypher, params);
    return result.records.map((r) => r.get(0) as T);
  } finally {
    await session.close();
  }
}

export async function codeStarts(driver: Driver, codebase: string): Promise<CodeApiRef[]> {
  return rows<CodeApiRef>(
    driver,
    `MATCH (n) WHERE (n:CodeClass OR n:CodeFunction) AND n.codebase = $codebase
     AND NOT n.name STARTS WITH '_' RETURN ${REF} ORDER BY n.key`,
    { codebase },
  );
}

export async function sampleCodeApis(driver: Driver, params: CodeSampleParams): Promise<CodeSample> {
  const all = await codeStarts(driver, params.codebase);
  const start = all.find((a) => a.key === params.start);
  if (!start) throw new Error(`no code element ${params.start}`);
  const random = mulberry32(params.seed);
  const others = all.filter((a) => a.key !== start.key && a.type === 'CodeFunction' && a.module === start.module);
  const pool = others.length >= 2 ? others : all.filter((a) => a.key !== start.key && a.type === 'CodeFunction');
  const picked: CodeCandidate[] = [];
  const n = Math.max(1, Math.min(pool.length, Math.round(params.complexity)));
  const left = [...pool];
  while (picked.length < n && left.length > 0) {
    const [api] = left.splice(Math.floor(random() * left.length), 1);
    picked.push({ ...api!, weight: 1, p: 1 / pool.length, pT: 1 / pool.length, via: {} });
  }
  return { start, apis: picked };
}

export async function sampleCodeChain(driver: Driver, params: CodeChainParams): Promise<CodeChain | null> {
  type Hop = { fn: CodeApiRef; next: Array<{ fn: CodeApiRef; classKey: string; className: string; param: string }> };
  const hops = await rows<Hop>(
    driver,
    `MATCH (n:CodeFunction {codebase: $codebase}) WHERE NOT n.name STARTS WITH '_'
     OPTIONAL MATCH (n)-[:RETURNS {exact: true}]->(c:CodeClass)<-[a:ACCEPTS]-(m:CodeFunction)
     WHERE m <> n AND NOT m.name STARTS WITH '_' AND a.param <> 'self'
     WITH n, collect(CASE WHEN m IS NULL THEN null ELSE {fn: {type: 'CodeFunction', key: m.key, qualname: m.qualname,
       name: m.name, signature: m.signature, module: m.module}, classKey: c.key, className: c.name, param: a.param} END) AS next
     RETURN {fn: ${REF}, next: next} ORDER BY n.key`,
    { codebase: params.codebase },
  );
  const byKey = new Map(hops.map((h) => [h.fn.key, h]));
  const random = mulberry32(params.seed);
  const starts = params.start ? hops.filter((h) => h.fn.key === params.start) : hops.filter((h) => h.next.length > 0);
  for (let tries = 0; tries < 50 && starts.length > 0; tries += 1) {
    let hop = starts[Math.floor(random() * starts.length)]!;
    const links: CodeChainLink[] = [{ fn: hop.fn, feeds: null }];
    while (links.length < params.length) {
      const next = hop.next.filter((n) => !links.some((l) => l.fn.key === n.fn.key));
      if (next.length === 0) break;
      const step = next[Math.floor(random() * next.length)]!;
      links.push({ fn: step.fn, feeds: { classKey: step.classKey, className: step.className, param: step.param } });
      hop = byKey.get(step.fn.key) ?? { fn: step.fn, next: [] };
    }
    if (links.length === params.length) return { links };
  }
  return null;
}
