import 'server-only';
import neo4j, { isDateTime, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { BetterAuthOptions } from 'better-auth';
import { createAdapterFactory, type CleanedWhere, type DBAdapter } from 'better-auth/adapters';
import { getDriver } from '../db/driver';
import { activeBookmarkManager } from '../db/bookmarks';
import { idempotent } from '../db/idempotent';
import { serverEnv } from '../env';

// Better Auth's users, sessions, accounts, verifications and any plugin model as Neo4j nodes.
//
// The project keeps its queries in cypher/*.cypher, read by cypher(name). An adapter cannot: Better Auth hands
// it the model, the fields and the filter of each call, so the Cypher text is built here, in this one file.
// Only names go into the text, each checked against NAME and backticked; every value is a parameter.

export interface Neo4jAdapterOptions {
  /** Defaults to the app's driver (lib/db/driver.ts getDriver()). */
  driver?: Driver;
  /** Defaults to NEO4J_DATABASE (the server's default database when unset). */
  database?: string;
}

type Params = Record<string, unknown>;
type Row = Record<string, unknown>;
/** Runs one query and returns its records as plain objects: auto-commit with retries, or inside a transaction. */
type Run = (query: string, params: Params, mode: 'READ' | 'WRITE') => Promise<Row[]>;
interface Runner {
  run: Run;
  /** Runs several queries in one write transaction (the open one, inside Better Auth's transaction). */
  atomic<R>(work: (run: Run) => Promise<R>): Promise<R>;
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export class Neo4jAdapterError extends Error {
  override name = 'Neo4jAdapterError';
}

/** A label or property name, checked and quoted for Cypher text. */
function quoted(name: string, what: string): string {
  if (!NAME.test(name)) throw new Neo4jAdapterError(`Invalid ${what} name ${JSON.stringify(name)}`);
  return `\`${name}\``;
}

/** Model name → node label: user → AuthUser, rateLimit → AuthRateLimit, two_factor → AuthTwoFactor. */
export function labelOf(model: string): string {
  quoted(model, 'model');
  const pascal = model
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return quoted(`Auth${pascal}`, 'label');
}

/** JS values → driver values: Dates become Neo4j DateTimes (so they compare and sort as instants). */
function toNeo4j(value: unknown): unknown {
  if (value instanceof Date) return neo4j.types.DateTime.fromStandardDate(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  return value;
}

function fromNeo4j(value: unknown): unknown {
  if (isDateTime(value)) return value.toStandardDate();
  if (Array.isArray(value)) return value.map(fromNeo4j);
  return value;
}

/** Query parameters, named p0, p1 … in the order the clause text uses them. */
class ParamBag {
  readonly values: Params = {};
  private next = 0;
  add(value: unknown): string {
    const name = `p${this.next++}`;
    this.values[name] = toNeo4j(value);
    return `$${name}`;
  }
}

/** Names of a model's stored date fields: a where clause may compare one with an ISO string. */
type DateFields = ReadonlySet<string>;

/** An ISO string compared with a date field is a date, as the factory already does for created rows. */
function asDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
}

function condition(clause: CleanedWhere, params: ParamBag, dateFields: DateFields): string {
  const { operator, mode } = clause;
  const isDate = dateFields.has(clause.field);
  const value = isDate ? (Array.isArray(clause.value) ? clause.value.map(asDate) : asDate(clause.value)) : clause.value;
  const prop = `n.${quoted(clause.field, 'field')}`;
  const strings = Array.isArray(value) && (value as unknown[]).every((v) => typeof v === 'string');
  const insensitive = !isDate && mode === 'insensitive' && (typeof value === 'string' || strings);
  const lhs = insensitive ? `toLower(${prop})` : prop;
  const rhs = (v: unknown) => (insensitive ? `toLower(${params.add(v)})` : params.add(v));
  const list = () => {
    if (!Array.isArray(value)) throw new Neo4jAdapterError(`Operator ${operator} needs an array value`);
    return insensitive ? `[x IN ${params.add(value)} | toLower(x)]` : params.add(value);
  };
  switch (operator) {
    case 'eq':
      return value === null ? `${prop} IS NULL` : `${lhs} = ${rhs(value)}`;
    // "Not equal" keeps the nodes without the property (a stored null), as the memory and MongoDB adapters do.
    case 'ne':
      return value === null ? `${prop} IS NOT NULL` : `(${prop} IS NULL OR ${lhs} <> ${rhs(value)})`;
    case 'lt':
      return `${prop} < ${params.add(value)}`;
    case 'lte':
      return `${prop} <= ${params.add(value)}`;
    case 'gt':
      return `${prop} > ${params.add(value)}`;
    case 'gte':
      return `${prop} >= ${params.add(value)}`;
    case 'in':
      return `${lhs} IN ${list()}`;
    case 'not_in':
      return `(${prop} IS NULL OR NOT ${lhs} IN ${list()})`;
    case 'contains':
      return `${lhs} CONTAINS ${rhs(value)}`;
    case 'starts_with':
      return `${lhs} STARTS WITH ${rhs(value)}`;
    case 'ends_with':
      return `${lhs} ENDS WITH ${rhs(value)}`;
    default:
      throw new Neo4jAdapterError(`Unsupported where operator ${JSON.stringify(operator)}`);
  }
}

/** Like the SQL adapters: every AND clause holds, and at least one OR clause does (when there are any). */
function predicate(where: CleanedWhere[] | undefined, params: ParamBag, dateFields: DateFields): string {
  if (!where || where.length === 0) return '';
  const and = where.filter((w) => w.connector !== 'OR').map((w) => condition(w, params, dateFields));
  const or = where.filter((w) => w.connector === 'OR').map((w) => condition(w, params, dateFields));
  return [...and, ...(or.length > 0 ? [`(${or.join(' OR ')})`] : [])].join(' AND ');
}

function whereText(where: CleanedWhere[] | undefined, params: ParamBag, dateFields: DateFields): string {
  const text = predicate(where, params, dateFields);
  return text === '' ? '' : `WHERE ${text}`;
}

/** A node's properties for SET: values only, the keys checked (they name properties). */
function propsOf(data: Record<string, unknown>): Params {
  const props: Params = {};
  for (const [key, value] of Object.entries(data)) {
    quoted(key, 'field');
    if (value !== undefined) props[key] = toNeo4j(value);
  }
  return props;
}

/**
 * Write-locks one node matching `where` (setting and removing a marker takes the lock and leaves nothing)
 * and returns its element id; the caller matches it again, now that no other transaction can change it.
 */
async function lockOne(run: Run, model: string, where: CleanedWhere[], dates: DateFields): Promise<string | null> {
  const params = new ParamBag();
  const rows = await run(
    `MATCH (n:${labelOf(model)}) ${whereText(where, params, dates)} WITH n LIMIT 1 ` +
      'SET n.`__lock` = true REMOVE n.`__lock` RETURN elementId(n) AS node',
    params.values,
    'WRITE',
  );
  return rows.length > 0 ? (rows[0]!.node as string) : null;
}

function createCustomAdapter({ run, atomic }: Runner) {
  return ({ getFieldName, schema }: Parameters<Parameters<typeof createAdapterFactory>[0]['adapter']>[0]) => {
    /** Stored names of the model's fields (with id), or of the selected ones. */
    const fieldsOf = (modelKey: string, select?: string[]): string[] => {
      if (select && select.length > 0) return select.map((field) => getFieldName({ model: modelKey, field }));
      const fields = schema[modelKey]?.fields ?? {};
      return ['id', ...Object.entries(fields).map(([key, attr]) => attr.fieldName || key)];
    };
    /** A projection of the node's properties; a property Neo4j does not store (a null) comes back as null. */
    const projection = (modelKey: string, select?: string[]) =>
      `n {${fieldsOf(modelKey, select)
        .map((field) => `.${quoted(field, 'field')}`)
        .join(', ')}} AS row`;
    const dateFieldsOf = new Map<string, DateFields>();
    const datesOf = (modelKey: string): DateFields => {
      let dates = dateFieldsOf.get(modelKey);
      if (!dates) {
        const fields = Object.entries(schema[modelKey]?.fields ?? {});
        dates = new Set(fields.filter(([, attr]) => attr.type === 'date').map(([key, attr]) => attr.fieldName || key));
        dateFieldsOf.set(modelKey, dates);
      }
      return dates;
    };
    const rowOf = (record: Row): Row =>
      Object.fromEntries(Object.entries(record.row as Row).map(([key, value]) => [key, fromNeo4j(value)]));

    return {
      async create({ model, modelKey = model, data, select }) {
        const params = new ParamBag();
        const rows = await run(
          `CREATE (n:${labelOf(model)}) SET n = ${params.add(propsOf(data))} RETURN ${projection(modelKey, select)}`,
          params.values,
          'WRITE',
        );
        return rowOf(rows[0]!) as typeof data;
      },

      async findOne({ model, modelKey = model, where, select }) {
        const params = new ParamBag();
        const rows = await run(
          `MATCH (n:${labelOf(model)}) ${whereText(where, params, datesOf(modelKey))} RETURN ${projection(modelKey, select)} LIMIT 1`,
          params.values,
          'READ',
        );
        return rows.length > 0 ? (rowOf(rows[0]!) as never) : null;
      },

      async findMany({ model, modelKey = model, where, limit, select, sortBy, offset }) {
        const params = new ParamBag();
        const order = sortBy
          ? `ORDER BY n.${quoted(getFieldName({ model: modelKey, field: sortBy.field }), 'field')} ${sortBy.direction === 'desc' ? 'DESC' : 'ASC'}`
          : '';
        // SKIP and LIMIT take integers; a JS number would be sent as a float.
        const skip = `SKIP ${params.add(neo4j.int(Math.max(0, Math.trunc(offset ?? 0))))}`;
        const take = `LIMIT ${params.add(neo4j.int(Math.max(0, Math.trunc(limit))))}`;
        const rows = await run(
          `MATCH (n:${labelOf(model)}) ${whereText(where, params, datesOf(modelKey))} WITH n ${order} ${skip} ${take} ` +
            `RETURN ${projection(modelKey, select)}`,
          params.values,
          'READ',
        );
        return rows.map(rowOf) as never[];
      },

      async count({ model, modelKey = model, where }) {
        const params = new ParamBag();
        const rows = await run(
          `MATCH (n:${labelOf(model)}) ${whereText(where, params, datesOf(modelKey))} RETURN count(n) AS count`,
          params.values,
          'READ',
        );
        return rows[0]!.count as number;
      },

      // One node, as DBAdapter.update promises; `SET n += $props` removes a property set to null.
      async update({ model, modelKey = model, where, update }) {
        const params = new ParamBag();
        const rows = await run(
          `MATCH (n:${labelOf(model)}) ${whereText(where, params, datesOf(modelKey))} WITH n LIMIT 1 ` +
            `SET n += ${params.add(propsOf(update as Record<string, unknown>))} RETURN ${projection(modelKey)}`,
          params.values,
          'WRITE',
        );
        return rows.length > 0 ? (rowOf(rows[0]!) as typeof update) : null;
      },

      async updateMany({ model, modelKey = model, where, update }) {
        const params = new ParamBag();
        const rows = await run(
          `MATCH (n:${labelOf(model)}) ${whereText(where, params, datesOf(modelKey))} SET n += ${params.add(propsOf(update))} ` +
            `RETURN count(n) AS count`,
          params.values,
          'WRITE',
        );
        return rows[0]!.count as number;
      },

      // Every matching node, as the SQL and memory adapters do; an empty filter deletes nothing.
      async delete({ model, modelKey = model, where }) {
        if (where.length === 0) return;
        const params = new ParamBag();
        await run(
          `MATCH (n:${labelOf(model)}) ${whereText(where, params, datesOf(modelKey))} DETACH DELETE n`,
          params.values,
          'WRITE',
        );
      },

      async deleteMany({ model, modelKey = model, where }) {
        const params = new ParamBag();
        const rows = await run(
          `MATCH (n:${labelOf(model)}) ${whereText(where, params, datesOf(modelKey))} DETACH DELETE n RETURN count(*) AS count`,
          params.values,
          'WRITE',
        );
        return rows[0]!.count as number;
      },

      // Native, because the factory's fallback (read, then delete guarded by the snapshot) is not race-safe on
      // Neo4j: under read committed every racer matches the node and each DETACH DELETE counts it, so several
      // callers got the same single-use row. Here the node is write-locked first and then matched again.
      async consumeOne({ model, modelKey = model, where }) {
        return atomic(async (run) => {
          const node = await lockOne(run, model, where, datesOf(modelKey));
          if (node === null) return null;
          const params = new ParamBag();
          const still = predicate(where, params, datesOf(modelKey));
          const rows = await run(
            `MATCH (n:${labelOf(model)}) WHERE elementId(n) = ${params.add(node)}${still ? ` AND ${still}` : ''} ` +
              `WITH n, ${projection(modelKey)} DETACH DELETE n RETURN row`,
            params.values,
            'WRITE',
          );
          return rows.length > 0 ? (rowOf(rows[0]!) as never) : null;
        });
      },

      // Native for the same reason: the guard is checked again once the node is locked, so two racers cannot
      // both pass a guard only one of them should (the fallback's compare-and-swap reads before locking).
      async incrementOne({ model, modelKey = model, where, increment, set }) {
        return atomic(async (run) => {
          const node = await lockOne(run, model, where, datesOf(modelKey));
          if (node === null) return null;
          const params = new ParamBag();
          const still = predicate(where, params, datesOf(modelKey));
          const sets = Object.entries(increment).map(([field, delta]) => {
            const prop = `n.${quoted(field, 'field')}`;
            if (!Number.isFinite(delta)) throw new Neo4jAdapterError(`Increment of ${field} is not a finite number`);
            return `${prop} = coalesce(${prop}, 0) + ${params.add(delta)}`;
          });
          if (set && Object.keys(set).length > 0) sets.push(`n += ${params.add(propsOf(set))}`);
          const rows = await run(
            `MATCH (n:${labelOf(model)}) WHERE elementId(n) = ${params.add(node)}${still ? ` AND ${still}` : ''} ` +
              `SET ${sets.join(', ')} RETURN ${projection(modelKey)}`,
            params.values,
            'WRITE',
          );
          return rows.length > 0 ? (rowOf(rows[0]!) as never) : null;
        });
      },
    } satisfies ReturnType<Parameters<typeof createAdapterFactory>[0]['adapter']>;
  };
}

/**
 * Better Auth's database adapter on Neo4j: `betterAuth({ database: neo4jAdapter() })`. Each model is a node
 * label (Auth + PascalCase model name), each field a property under Better Auth's field name.
 */
export function neo4jAdapter(options: Neo4jAdapterOptions = {}): (auth: BetterAuthOptions) => DBAdapter {
  const driver = () => options.driver ?? getDriver();
  const database = () => options.database ?? serverEnv().NEO4J_DATABASE;

  const sessionOf = () => {
    const db = database();
    return driver().session({
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: activeBookmarkManager(driver()),
      ...(db ? { database: db } : {}),
    });
  };
  const runIn =
    (tx: ManagedTransaction): Run =>
    async (query, params) =>
      (await tx.run(query, params)).records.map((record) => record.toObject());
  const autoCommit: Runner = {
    async run(query, params, mode) {
      // Writes go through atomic(), so a replay after the commit point does not write twice.
      if (mode !== 'READ') return autoCommit.atomic((run) => run(query, params, mode));
      const db = database();
      const result = await driver().executeQuery(query, params, {
        routing: neo4j.routing.READ,
        bookmarkManager: activeBookmarkManager(driver()),
        ...(db ? { database: db } : {}),
      });
      return result.records.map((record) => record.toObject());
    },
    async atomic(work) {
      const session = sessionOf();
      try {
        return await session.executeWrite(idempotent((tx) => work(runIn(tx))));
      } finally {
        await session.close();
      }
    },
  };
  const inTransaction = (tx: ManagedTransaction): Runner => ({ run: runIn(tx), atomic: (work) => work(runIn(tx)) });

  let authOptions: BetterAuthOptions | undefined;
  const config = {
    adapterId: 'neo4j',
    adapterName: 'Neo4j Adapter',
    usePlural: false,
    // Neo4j has no auto-increment, so `generateId: "serial"` cannot work; ids are Better Auth's strings.
    supportsNumericIds: false,
    supportsUUIDs: false,
    // Stored as Neo4j DateTime (compared and sorted as instants), returned as JS Dates.
    supportsDates: true,
    supportsBooleans: true,
    // Properties hold lists of strings or numbers natively; JSON objects are not property values, so the
    // factory stores them as strings.
    supportsArrays: true,
    supportsJSON: false,
  };
  const factory = createAdapterFactory({
    config: {
      ...config,
      // One Neo4j write transaction; the driver retries it on transient errors (Better Auth allows the
      // callback to run more than once).
      transaction: async (callback) => {
        const session = sessionOf();
        try {
          return await session.executeWrite(
            idempotent((tx) =>
              callback(
                createAdapterFactory({
                  config: { ...config, transaction: false },
                  adapter: createCustomAdapter(inTransaction(tx)),
                })(authOptions!),
              ),
            ),
          );
        } finally {
          await session.close();
        }
      },
    },
    adapter: createCustomAdapter(autoCommit),
  });
  return (auth) => {
    authOptions = auth;
    return factory(auth);
  };
}
