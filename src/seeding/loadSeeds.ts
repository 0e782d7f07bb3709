import type { Executor } from '../db/executor';
import { groupBy } from '../util/groupBy';
import { neoInts } from '../util/neoInts';
import { ALL_TYPE_LABELS, LABEL_OF_TYPE, relTypeToken } from '../db/labels';
import { SCHEMA_STATEMENTS } from '../db/schemaStatements';
import type { EntityType, RelationType } from '../generated/graphql';
import type { SeedEntity, SeedRelation, SeedSet } from '../domain/seedSet';
import { searchFields } from '../domain/searchFields';

/** What a load changed, from Neo4j's own counters: a second load of the same set reports no creations or deletions. */
export interface LoadReport {
  version: string;
  entities: number;
  relations: number;
  evidence: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  /** True when the graph already held this seed version and nothing was written. */
  skipped: boolean;
}

export interface LoadOptions {
  /** Write even when the graph already holds this seed version (the result is the same graph). */
  force?: boolean;
}

/** Marks what the seed loader owns, so a reload removes only its own stale data, never curators' additions. */
const ORIGIN = 'seed';

/**
 * Writes a validated seed set in one transaction (all or nothing): MERGE by id, properties replaced, stale
 * seed-owned nodes and relationships removed. Loading the same set twice yields the same graph.
 */
export async function loadSeeds(executor: Executor, set: SeedSet, options: LoadOptions = {}): Promise<LoadReport> {
  await executor.schema(SCHEMA_STATEMENTS);
  const counts = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  const summary = {
    version: set.version,
    entities: set.entities.length,
    relations: set.relations.length,
    evidence: set.relations.reduce((n, r) => n + r.evidence.length, 0),
  };
  // The version is a hash of every seed file: an equal version means the write would change nothing, and
  // skipping it saves the cold-JVM planning of ~60 statements at each start.
  if (!options.force) {
    const res = await executor.read('seedVersion', (tx) => tx.run("MATCH (m:SeedMeta {id: $id}) RETURN m.version AS v", { id: ORIGIN }));
    if (res.records[0]?.get('v') === set.version) return { ...summary, ...counts, skipped: true };
  }
  await executor.write('loadSeeds', async (tx) => {
    const add = (res: { summary: { counters: { updates(): Record<string, number> } } }) => {
      const u = res.summary.counters.updates();
      for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += u[k] ?? 0;
    };
    for (const [type, rows] of groupBy(set.entities, (e) => e.type)) {
      const label = LABEL_OF_TYPE[type as EntityType];
      const res = await tx.run(
        `UNWIND $rows AS row
         MERGE (n:Entity {id: row.id})
         // An entity a curator has edited belongs to the curator now: seed loads no longer overwrite it.
         WITH n, row WHERE coalesce(n.origin, 'seed') = 'seed'
         SET n = row.props
         REMOVE n:${ALL_TYPE_LABELS}
         SET n:${label}`,
        { rows: neoInts(rows.map((e) => ({ id: e.id, props: entityProps(e) }))) },
      );
      add(res);
    }
    add(
      await tx.run('MATCH (n:Entity {origin: $origin}) WHERE NOT n.id IN $ids DETACH DELETE n', {
        origin: ORIGIN,
        ids: set.entities.map((e) => e.id),
      }),
    );
    for (const [type, rows] of groupBy(set.relations, (r) => r.type)) {
      const res = await tx.run(
        `UNWIND $rows AS row
         // A relationship an admin retracted stays retracted; one a curator added stays the curator's.
         WITH row WHERE NOT EXISTS { MATCH (:Retracted {id: row.id}) }
         MATCH (a:Entity {id: row.from})
         MATCH (b:Entity {id: row.to})
         MERGE (a)-[r:${relTypeToken(type as RelationType)} {id: row.id}]->(b)
         WITH r, row WHERE coalesce(r.origin, 'seed') = 'seed'
         SET r = row.props`,
        { rows: neoInts(rows.map((r) => ({ id: r.id, from: r.from, to: r.to, props: relationProps(r) }))) },
      );
      add(res);
    }
    add(
      await tx.run('MATCH ()-[r]->() WHERE r.origin = $origin AND NOT r.id IN $ids DELETE r', {
        origin: ORIGIN,
        ids: set.relations.map((r) => r.id),
      }),
    );
    await tx.run('MERGE (m:SeedMeta {id: $id}) SET m.version = $version', { id: ORIGIN, version: set.version });
  });
  return { ...summary, ...counts, skipped: false };
}

function entityProps(e: SeedEntity): Record<string, unknown> {
  const props: Record<string, unknown> = {
    id: e.id,
    type: e.type,
    origin: ORIGIN,
    name: e.name,
    aliases: e.aliases,
    description: e.description,
    ...searchFields(e.name, e.aliases, e.description),
    identifiers: e.identifiers.map((i) => `${i.scheme}:${i.value}`),
  };
  for (const k of ['kind', 'role', 'date', 'citation', 'url', 'amountEur', 'year', 'purpose'] as const) {
    if (e[k] !== undefined) props[k] = e[k];
  }
  if (e.pages) {
    props.hasText = true;
    props.pages = e.pages;
  } else if (e.type === 'DOCUMENT') {
    props.hasText = false;
  }
  return props;
}

function relationProps(r: SeedRelation): Record<string, unknown> {
  return {
    id: r.id,
    origin: ORIGIN,
    evidenceDocumentIds: r.evidence.map((e) => e.document),
    evidencePages: r.evidence.map((e) => e.page),
    evidenceQuotes: r.evidence.map((e) => e.quote),
  };
}
