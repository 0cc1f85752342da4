// Hand-written documents whose code blocks hold complete Python functions, for Case2Code to find and run.
// They are appended after the generated documents, with their own exact names, so the generated ones keep
// their ids and bytes. Tables: fn-*.mjs, one entry a document.
import { FN_FINANCE_RETAIL } from './fn-finance-retail.mjs';
import { FN_GEO_SCIENCE_EDU } from './fn-geo-science-edu.mjs';
import { FN_HEALTH_BACKEND } from './fn-health-backend.mjs';
import { FN_IOT_NLP_VISION } from './fn-iot-nlp-vision.mjs';

export const FUNCTION_DOCS = [...FN_FINANCE_RETAIL, ...FN_HEALTH_BACKEND, ...FN_IOT_NLP_VISION, ...FN_GEO_SCIENCE_EDU];

const PREFIX = { stackoverflow: 'so', kaggle: 'kg', other: 'ot' };
const FIELDS = { scenarios: 'sc', knowledge: 'k', domainSkills: 'ds', codingSkills: 'cs' };
const flat = (text) => text.toLowerCase().replace(/\s+/g, ' ');

/**
 * Turns the tables into document and extraction records. `nextNumber` gives, per source, the first free
 * id number; `known` holds every element name of the generated corpus, so a typo fails instead of adding
 * a stray element.
 */
export function buildFunctionDocuments(nextNumber, known) {
  const counters = { ...nextNumber };
  const problems = [];
  const built = FUNCTION_DOCS.map((entry) => {
    const n = counters[entry.source]++;
    const id = `${PREFIX[entry.source]}-${String(n).padStart(4, '0')}`;
    const text = flat([entry.title, entry.body, ...(entry.answers ?? [])].join('\n'));
    for (const [field, key] of Object.entries(FIELDS)) {
      for (const name of entry[key]) {
        if (!known[field].has(name)) problems.push(`${id} (${entry.title}): unknown ${field} name "${name}"`);
        if (!text.includes(flat(name))) problems.push(`${id} (${entry.title}): ${field} name "${name}" is not in the text`);
      }
    }
    const document = { id, source: entry.source, title: entry.title, body: entry.body, tags: entry.tags };
    if (entry.answers) document.answers = entry.answers;
    document.license = 'CC0-1.0';
    const extraction = {
      docId: id, source: entry.source, title: entry.title,
      scenarios: entry.sc, knowledge: entry.k, domainSkills: entry.ds, codingSkills: entry.cs,
      model: 'hand-curated', promptVersion: 'sample-v1',
    };
    return { document, extraction };
  });
  if (problems.length) throw new Error(`function documents:\n  ${problems.join('\n  ')}`);
  return built;
}
