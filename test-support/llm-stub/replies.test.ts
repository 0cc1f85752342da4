import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { documentRecordSchema } from '@/lib/domain/document-record';
import { extractionRecordSchema } from '@/lib/domain/extraction-record';
import { prepareDocument } from '@/lib/graph/prepare-document';
import { documentMessage } from '@/lib/llm/extraction-request';
import { stubExtraction, valueForSchema, stubAnswer, stubProblem, stubSelection } from './replies';

describe('stubExtraction', () => {
  it('turns every sample document into a valid extraction record, and the records share elements', () => {
    const lines = readFileSync('data/sample/documents.jsonl', 'utf8').split('\n').filter(Boolean);
    const seen = new Map<string, number>();
    for (const line of lines) {
      const doc = documentRecordSchema.parse(JSON.parse(line));
      const record = extractionRecordSchema.parse({
        docId: doc.id,
        source: doc.source,
        title: doc.title,
        ...stubExtraction(documentMessage(doc)),
      });
      for (const m of prepareDocument(record).mentions)
        seen.set(`${m.type}:${m.key}`, (seen.get(`${m.type}:${m.key}`) ?? 0) + 1);
    }
    assert.ok(
      [...seen.values()].some((n) => n > 1),
      'some element is mentioned by several documents',
    );
  });

  it('is deterministic and never empty', () => {
    assert.deepEqual(stubExtraction('Pandas rolling mean per store'), stubExtraction('Pandas rolling mean per store'));
    assert.deepEqual(stubExtraction('').scenarios, ['general programming']);
  });
});

describe('valueForSchema', () => {
  it('fills objects, arrays, enums and numbers', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'array', items: { type: 'string' }, minItems: 2 },
        b: { enum: ['x', 'y'] },
        c: { type: 'integer', minimum: 3 },
      },
    };
    assert.deepEqual(valueForSchema(schema, 's'), { a: ['stub a 1 s', 'stub a 2 s'], b: 'x', c: 3 });
  });
});

describe('synthesis replies', () => {
  it('writes a problem that names its scenario and every listed feature, which the schema accepts', async () => {
    const { problemReplySchema, answerReplySchema } = await import('@/lib/llm/schemas');
    const user =
      'Scenario: hospital scheduling\n\nFeatures to combine (the task must need every one):\n- Domain knowledge: patient no-show rates\n- Coding skill: pandas groupby';
    const problem = problemReplySchema.parse(stubProblem(user, 'ab12'));
    for (const text of ['hospital scheduling', 'patient no-show rates', 'pandas groupby'])
      assert.ok(problem.statement.includes(text), text);
    assert.ok(answerReplySchema.safeParse(stubAnswer('ab12')).success);
  });

  it('picks the first ids of each type up to the numbers asked for', () => {
    const user =
      'Pick exactly: 2 × domain knowledge (ids K…), 1 × coding skill (ids C…).\n- K1 | a | 0.5\n- K2 | b | 0.3\n- K3 | c | 0.2\n- C1 | z | 1.000\n- C2 | y | 0.100';
    assert.deepEqual(stubSelection(user).picks, ['K1', 'K2', 'C1']);
  });
});
