import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor, Work } from '../db/executor';
import { LABEL_OF_TYPE } from '../db/labels';
import { neoInts } from '../util/neoInts';
import { DERIVED_LABELS, DERIVED_RELATIONSHIPS, EXTRA_LABELS, type EndKind, type RelGroup, type WriteSet } from './writeSet';

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
export const ownTransactions = (executor: Executor): Writer => (name, work) => executor.write(name, work);

/** Labels a staged node may take: derived ones and the entity labels (labels cannot be Cypher parameters). */
const LABELS = new Set<string>([...DERIVED_LABELS, ...EXTRA_LABELS, 'Entity', ...Object.values(LABEL_OF_TYPE)]);
const label = (l: string) => {
  if (!LABELS.has(l)) throw new Error(`label outside the allow-list: ${l}`);
  return l;
};
const relType = (t: string) => {
  if (!(DERIVED_RELATIONSHIPS as readonly string[]).includes(t)) throw new Error(`relationship type outside the allow-list: ${t}`);
  return t;
};

/**
 * How a staged node is found from a relationship row: a node of this write by its id within the stage; an entity
 * by its id, live or staged by this write (a cited document the write creates).
 */
const END: Record<EndKind, (v: string, key: string) => string> = {
  node: (v, key) => `MATCH (${v}:Staged {stage: $stage, id: row.${key}})`,
  entity: (v, key) => `CALL (row) { OPTIONAL MATCH (l:Entity {id: row.${key}}) OPTIONAL MATCH (s:Staged {stage: $stage, id: row.${key}}) RETURN coalesce(l, s) AS ${v} }
    WITH row, ${key === 'to' ? 'a, ' : ''}${v} WHERE ${v} IS NOT NULL`,
};

/** Relationships between two entities are visible the moment they exist (JOINS): they are written in the switch. */
const atSwitch = (g: RelGroup) => g.from === 'entity' && g.to === 'entity';

/**
 * Writes a WriteSet as staged nodes: label `Staged` only (readers match Passage, Question … and never see them),
 * with `stage` (this write's id), `stagedFor` (the document) and `stagedLabels` (what they become). Entities the
 * write creates are staged the same way when the graph lacks them. Returns the ids of the staged entities.
 */
export async function stageWriteSet(write: Writer, set: WriteSet, stage: string, documentId: string, progress?: Progress): Promise<string[]> {
  const batches = async (name: string, cypher: string, rows: unknown[], params: Record<string, unknown>, show?: string) => {
    for (let i = 0; i < rows.length; i += STAGE_BATCH) {
      await write(name, (tx) => tx.run(cypher, { ...params, stage, documentId, rows: neoInts(rows.slice(i, i + STAGE_BATCH)) }));
      if (show) progress?.(`staged ${show}`, Math.min(i + STAGE_BATCH, rows.length), rows.length);
    }
  };
  const created: string[] = [];
  if (set.entities.length) {
    await write('stageEntities', async (tx) => {
      const res = await tx.run(
        `UNWIND $rows AS row OPTIONAL MATCH (e:Entity {id: row.id}) WITH row WHERE e IS NULL
         CREATE (n:Staged) SET n = row.props, n.stage = $stage, n.stagedFor = $documentId, n.stagedLabels = ['Entity', row.label]
         RETURN n.id AS id`,
        neoInts({ stage, documentId, rows: set.entities.map((e) => ({ ...e, label: label(e.label) })) }),
      );
      created.push(...res.records.map((r) => r.get('id') as string));
    });
  }
  for (const g of set.nodes) {
    if (!g.rows.length) continue;
    const labels = [label(g.label), ...g.extra.map(label)];
    await batches(
      `stage${g.label}`,
      'UNWIND $rows AS row CREATE (n:Staged) SET n = row.props, n.id = row.id, n.stage = $stage, n.stagedFor = $documentId, n.stagedLabels = $labels',
      g.rows, { labels }, g.progress,
    );
  }
  for (const g of set.relationships) {
    if (!g.rows.length || atSwitch(g)) continue;
    await batches(`stage${g.type}`, relationshipCypher(g), g.rows, {}, g.progress);
  }
  return created;
}

function relationshipCypher(g: RelGroup): string {
  return `UNWIND $rows AS row ${END[g.from]('a', 'from')} ${END[g.to]('b', 'to')}
    CREATE (a)-[r:${relType(g.type)}]->(b) SET r = row.props`;
}

/**
 * The one small transaction that makes a staged version live: the document's current derived nodes lose their
 * labels (becoming `Retired`, swept afterwards), the staged nodes take theirs, and relationships between entities
 * (JOINS) are replaced. It touches labels and a few properties, never the text, so its size is a few dozen bytes
 * per node whatever the document's size.
 */
export async function switchStaged(tx: ManagedTransaction, set: WriteSet, stage: string, documentId: string): Promise<void> {
  await retire(tx, documentId, `retired-${stage}`);
  for (const g of set.relationships) if (atSwitch(g)) await tx.run(`MATCH ()-[r:${relType(g.type)} {documentId: $documentId}]->() DELETE r`, { documentId });
  const groups = [...new Set([...set.nodes.map((g) => [g.label, ...g.extra].join(':')), ...set.entities.map((e) => `Entity:${e.label}`)])];
  for (const labels of groups) {
    await tx.run(
      `MATCH (n:Staged {stage: $stage}) WHERE n.stagedLabels = $labels
       SET n:${labels.split(':').map(label).join(':')} REMOVE n:Staged, n.stage, n.stagedFor, n.stagedLabels`,
      { stage, labels: labels.split(':') },
    );
  }
  for (const g of set.relationships) {
    if (!atSwitch(g) || !g.rows.length) continue;
    await tx.run(
      `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) CREATE (a)-[r:${relType(g.type)}]->(b) SET r = row.props`,
      neoInts({ rows: g.rows }),
    );
  }
}

/** Every derived label, for removing them all at once (a node that lacks one is unaffected). */
const ALL_DERIVED = [...DERIVED_LABELS, ...EXTRA_LABELS].map(label).join(':');

/**
 * Takes a document's live derived nodes out of every reader's sight in one statement: they lose their labels and
 * become `Retired` with the given stage, to be swept in batches. Returns how many.
 */
export async function retire(tx: ManagedTransaction, documentId: string, retired: string): Promise<number> {
  const res = await tx.run(
    `CALL () { ${DERIVED_LABELS.map((l) => `MATCH (n:${label(l)} {documentId: $documentId}) RETURN n`).join(' UNION ')} }
     REMOVE n:${ALL_DERIVED} SET n:Retired, n.stage = $retired RETURN count(n) AS c`,
    { documentId, retired },
  );
  return Number(res.records[0]?.get('c') ?? 0);
}

/** Deletes nodes in batches, each its own transaction; returns how many went. */
async function sweep(write: Writer, name: string, match: string, params: Record<string, unknown>): Promise<number> {
  let total = 0;
  for (;;) {
    const res = await write(name, (tx) => tx.run(`${match} WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS c`, neoInts({ ...params, limit: SWEEP_BATCH })));
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
  return (await sweep(write, 'sweepRetired', 'MATCH (n:Retired)', {})) + (await sweep(write, 'sweepStaged', 'MATCH (n:Staged {stagedFor: $documentId})', { documentId }));
}

/** Deletes one write's staged nodes (after it failed) or one retired version (after the switch). */
export async function sweepStage(write: Writer, stage: string): Promise<number> {
  return (await sweep(write, 'sweepStage', 'MATCH (n:Staged {stage: $stage})', { stage })) + (await sweep(write, 'sweepStage', 'MATCH (n:Retired {stage: $retired})', { retired: `retired-${stage}` }));
}

/** Whether an earlier run left anything to sweep (one cheap read, so an ordinary ingest pays no sweep transactions). */
export async function leftoversExist(executor: Executor, documentId: string): Promise<boolean> {
  const res = await executor.read('ingestLeftovers', (tx) =>
    tx.run('RETURN EXISTS { MATCH (n:Retired) } OR EXISTS { MATCH (n:Staged {stagedFor: $documentId}) } AS any', { documentId }),
  );
  return Boolean(res.records[0]?.get('any'));
}

/** Rows in a write set (nodes, relationships, entities): how much a write would hold in one transaction. */
export const writeSetSize = (set: WriteSet) =>
  set.entities.length + set.nodes.reduce((n, g) => n + g.rows.length, 0) + set.relationships.reduce((n, g) => n + g.rows.length, 0);
