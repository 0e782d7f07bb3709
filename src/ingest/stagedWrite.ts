import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor, Work } from '../db/executor';
import { LABEL_OF_TYPE } from '../db/labels';
import { neoInts } from '../util/neoInts';
import { DERIVED_LABELS, DERIVED_RELATIONSHIPS, EXTRA_LABELS, type EndKind, type WriteSet } from './writeSet';

/**
 * How a version of a document is written without readers ever seeing half of it, at any size:
 *
 * - **Staging.** Derived nodes are created with their real labels (Passage, Question …) plus `Staged`, but
 *   without `id` and `documentId` (they carry `stagedId`, `stagedKey`, `stagedFor` and `stage` instead). Every reader finds
 *   derived nodes by `documentId` or by `id`, or filters out `Staged` and `Retired` (see db/liveness.ts), so
 *   staged nodes are invisible; yet their text is indexed now, batch by batch, in transactions of their own.
 * - **The switch.** One transaction retires the live version (its nodes lose `id` and `documentId` and become
 *   `Retired`) and gives the staged nodes their `id` and `documentId`. It changes a few short properties per
 *   node and never the text, so its transaction state is some hundred bytes per node: a 20 MB document's switch
 *   is tens of MB, where relabelling (building the full-text index of all its text at once) exceeded Neo4j's
 *   transaction memory limit.
 * - **The sweep.** Retired nodes, and the staged rest of a failed or killed run, are deleted in batches.
 */

/**
 * Rows per write transaction while staging. Each batch is its own transaction, so a document of any size stays
 * far below Neo4j's transaction memory limit: 2,000 passages of a few hundred characters are ~1 MB of state.
 */
export const STAGE_BATCH = 2000;
/** Nodes deleted per transaction when clearing a retired version or a crashed run's staged rest. */
const SWEEP_BATCH = 5000;

export type Progress = (stage: string, done: number, total: number) => void;

/** Runs one unit of work: its own write transaction while staging a large document, or a shared one (see writeDocument). */
export type Writer = <T>(name: string, work: Work<T>) => Promise<T>;

/** A writer giving each unit of work its own transaction. */
export const ownTransactions =
  (executor: Executor): Writer =>
  (name, work) =>
    executor.write(name, work);

/** Labels a staged node may take: derived ones and the entity labels (labels cannot be Cypher parameters). */
const LABELS = new Set<string>([...DERIVED_LABELS, ...EXTRA_LABELS, 'Entity', ...Object.values(LABEL_OF_TYPE)]);
const label = (l: string) => {
  if (!LABELS.has(l)) throw new Error(`label outside the allow-list: ${l}`);
  return l;
};
const relType = (t: string) => {
  if (!(DERIVED_RELATIONSHIPS as readonly string[]).includes(t))
    throw new Error(`relationship type outside the allow-list: ${t}`);
  return t;
};

/**
 * How a relationship's end is found: a node of this write by its staged id; an entity by its id, live or staged
 * by this write (a cited document the write creates).
 */
const END: Record<EndKind, (v: string, key: string, carry: string) => string> = {
  // By `stagedKey` (stage/id), which has a uniqueness constraint: the planner always seeks a unique index, while
  // with an ordinary (stage, stagedId) index it planned scans from statistics taken when nothing was staged
  // (quadratic in the document's size: 10 million rows for 2,000 mentions of a 5,000-passage document).
  node: (v, key) => `MATCH (${v}:Staged {stagedKey: $stage + '/' + row.${key}})`,
  entity: (v, key, carry) => `CALL (row) {
      OPTIONAL MATCH (l:Entity {id: row.${key}}) OPTIONAL MATCH (s:Staged {stagedKey: $stage + '/' + row.${key}})
      RETURN coalesce(l, s) AS ${v} }
    WITH row, ${carry}${v} WHERE ${v} IS NOT NULL`,
};

/**
 * Writes a WriteSet's nodes and relationships as staged (see above). Entities the write creates are staged too,
 * with label `Staged` only (they become Entity and their type at the switch: there are few). Returns the ids of
 * the staged entities.
 */
export async function stageWriteSet(
  write: Writer,
  set: WriteSet,
  stage: string,
  documentId: string,
  progress?: Progress,
): Promise<string[]> {
  const batches = async (name: string, cypher: string, rows: unknown[], params: object, show?: string) => {
    for (let i = 0; i < rows.length; i += STAGE_BATCH) {
      const slice = neoInts(rows.slice(i, i + STAGE_BATCH));
      await write(name, (tx) => tx.run(cypher, { ...params, stage, documentId, rows: slice }));
      if (show) progress?.(`staged ${show}`, Math.min(i + STAGE_BATCH, rows.length), rows.length);
    }
  };
  const created: string[] = [];
  if (set.entities.length) {
    await write('stageEntities', async (tx) => {
      const res = await tx.run(
        `UNWIND $rows AS row OPTIONAL MATCH (e:Entity {id: row.id}) WITH row WHERE e IS NULL
         CREATE (n:Staged) SET n = row.props, n.stagedId = row.id, n.stagedKey = $stage + '/' + row.id, n.stage = $stage,
                              n.stagedFor = $documentId, n.stagedLabels = ['Entity', row.label]
         REMOVE n.id
         RETURN row.id AS id`,
        neoInts({ stage, documentId, rows: set.entities.map((e) => ({ ...e, label: label(e.label) })) }),
      );
      created.push(...res.records.map((r) => r.get('id') as string));
    });
  }
  // All groups of nodes in one statement per batch, and all relationships with the same kinds of ends: labels and
  // types are allow-listed here and given per row (Neo4j 5.26's dynamic labels and types), so a ten-page document
  // costs a handful of statements instead of one per group.
  const nodeRows = set.nodes.flatMap((g) =>
    g.rows.map((r) => ({ ...r, labels: ['Staged', label(g.label), ...g.extra.map(label)] })),
  );
  await batches(
    'stageNodes',
    `UNWIND $rows AS row CREATE (n:$(row.labels))
     SET n = row.props, n.stagedId = row.id, n.stagedKey = $stage + '/' + row.id, n.stage = $stage, n.stagedFor = $documentId`,
    nodeRows,
    {},
    'nodes',
  );
  for (const [from, to] of [
    ['entity', 'node'],
    ['node', 'node'],
    ['node', 'entity'],
  ] as const) {
    const rows = set.relationships
      .filter((g) => g.from === from && g.to === to)
      .flatMap((g) => g.rows.map((r) => ({ ...r, type: relType(g.type) })));
    await batches(`stage${from}To${to}`, relationshipCypher(from, to), rows, {}, 'relationships');
  }
  return created;
}

function relationshipCypher(from: EndKind, to: EndKind): string {
  return `UNWIND $rows AS row ${END[from]('a', 'from', '')} ${END[to]('b', 'to', 'a, ')}
    CREATE (a)-[r:$(row.type)]->(b) SET r = row.props`;
}

/**
 * The switch's part for nodes: the live version is retired, the staged one takes its ids, and staged entities
 * become entities. A few short properties per node; see the comment at the top.
 */
export async function switchStaged(
  tx: ManagedTransaction,
  set: WriteSet,
  stage: string,
  documentId: string,
  /** Whether a version is live now (a new document has nothing to retire). */
  live: boolean,
): Promise<number> {
  const retired = live ? await retire(tx, documentId, `retired-${stage}`) : 0;
  await tx.run(
    `MATCH (n:Staged {stage: $stage}) WHERE n.stagedLabels IS NULL
     SET n.id = n.stagedId, n.documentId = n.stagedFor REMOVE n:Staged, n.stagedId, n.stagedKey, n.stagedFor, n.stage`,
    { stage },
  );
  for (const type of new Set(set.entities.map((e) => label(e.label)))) {
    await tx.run(
      `MATCH (n:Staged {stage: $stage}) WHERE n.stagedLabels = ['Entity', $type]
       SET n:Entity:${type}, n.id = n.stagedId REMOVE n:Staged, n.stagedId, n.stagedKey, n.stagedFor, n.stage, n.stagedLabels`,
      { stage, type },
    );
  }
  return retired;
}

/**
 * Takes a document's live derived nodes out of every reader's sight in one statement: they lose `id` and
 * `documentId` and become `Retired` with the given stage, to be swept in batches. Returns how many.
 */
export async function retire(tx: ManagedTransaction, documentId: string, retired: string): Promise<number> {
  let total = 0;
  for (const l of DERIVED_LABELS) {
    const res = await tx.run(
      `MATCH (n:${label(l)} {documentId: $documentId})
       SET n:Retired, n.stage = $retired REMOVE n.id, n.documentId RETURN count(n) AS c`,
      { documentId, retired },
    );
    total += Number(res.records[0]?.get('c') ?? 0);
  }
  return total;
}

/** Deletes nodes in batches, each its own transaction; returns how many went. */
async function sweep(write: Writer, name: string, match: string, params: Record<string, unknown>): Promise<number> {
  let total = 0;
  for (;;) {
    const res = await write(name, (tx) =>
      tx.run(
        `${match} WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS c`,
        neoInts({ ...params, limit: SWEEP_BATCH }),
      ),
    );
    const c = Number(res.records[0]?.get('c') ?? 0);
    total += c;
    if (c < SWEEP_BATCH) return total;
  }
}

/**
 * Clears what an earlier run left: every retired version (never served again) and the staged rest of a crashed
 * or failed write of this document. Staged nodes of other documents are left alone: another run may be writing them.
 */
export async function sweepLeftovers(write: Writer, documentId: string): Promise<number> {
  return (
    (await sweep(write, 'sweepRetired', 'MATCH (n:Retired)', {})) +
    (await sweep(write, 'sweepStaged', 'MATCH (n:Staged {stagedFor: $documentId})', { documentId }))
  );
}

/** Deletes one write's staged nodes (after it failed) or one retired version (after the switch). */
export async function sweepStage(write: Writer, stage: string): Promise<number> {
  return (
    (await sweep(write, 'sweepStage', 'MATCH (n:Staged {stage: $stage})', { stage })) +
    (await sweep(write, 'sweepStage', 'MATCH (n:Retired {stage: $retired})', { retired: `retired-${stage}` }))
  );
}

/** Rows in a write set: how much a write would hold in one transaction. */
export const writeSetSize = (set: WriteSet) =>
  set.entities.length +
  set.nodes.reduce((n, g) => n + g.rows.length, 0) +
  set.relationships.reduce((n, g) => n + g.rows.length, 0);
