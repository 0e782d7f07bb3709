import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { domainRangeError } from '../domain/relationVocabulary';
import { badUserInput, forbidden, notFound } from '../errors';
import { ChangeAction, type EntityType, type RelationType } from '../generated/graphql';
import { canRetract, type Actor } from '../domain/curationPolicy';
import { checkQuoteOnPage } from '../domain/quoteOnPage';
import { parseRelationId, relationId } from '../domain/relationId';
import { searchFields } from '../domain/searchFields';
import { normaliseWhitespace } from '../domain/text';
import { neoInts } from '../util/neoInts';
import type { ChangeRecord, RetractionRecord } from './curationRecords';
import type { Executor } from './executor';
import { isRelationType, LABEL_OF_TYPE, relTypeToken } from './labels';
import { entityMap, relationMap } from './projections';
import type { EntityRecord, RelationRecord } from './records';

export interface NewEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string;
  descriptionNl?: string;
  kind?: string;
  identifiers: string[];
  role?: string;
  date?: string;
}

export interface EntityChanges {
  name?: string;
  aliases?: string[];
  description?: string;
  descriptionNl?: string;
  kind?: string;
  identifiers?: string[];
}

export interface NewRelation {
  from: string;
  type: RelationType;
  to: string;
  evidence: { documentId: string; page: number; quote: string }[];
}

const changeMap = (c: string) => `${c} {.id, .at, .by, .action, .targetId, .summary, .reason, .data}`;

/** Curators' writes: each one transaction, each recorded as a (:Change) with who, when and what. */
export class CurationRepository {
  constructor(private readonly executor: Executor) {}

  async createEntity(actor: Actor, e: NewEntity): Promise<EntityRecord> {
    return this.executor.write('createEntity', (tx) => createEntityIn(tx, actor, e));
  }

  async updateEntity(actor: Actor, id: string, changes: EntityChanges): Promise<EntityRecord> {
    return this.executor.write('updateEntity', (tx) => updateEntityIn(tx, actor, id, changes));
  }

  async addRelation(actor: Actor, r: NewRelation): Promise<RelationRecord> {
    return this.executor.write('addRelation', (tx) => addRelationIn(tx, actor, r));
  }

  async retractRelation(actor: Actor, id: string, reason: string): Promise<RetractionRecord> {
    return this.executor.write('retractRelation', async (tx) => {
      const m = parseRelationId(id);
      if (!m || !isRelationType(m.type)) throw notFound('relation', id);
      const found = await tx.run(
        `MATCH (a:Entity {id: $from})-[r:${relTypeToken(m.type)} {id: $id}]->(b:Entity {id: $to}) RETURN ${relationMap('r', 'a', 'b')} AS rel`,
        { id, from: m.from, to: m.to },
      );
      const rel = found.records[0]?.get('rel') as RelationRecord | undefined;
      if (!rel) throw notFound('relation', id);
      if (!canRetract(actor, rel.origin))
        throw forbidden('only an admin may retract a relationship that came from the seed files');
      const at = new Date().toISOString();
      await tx.run(
        `MATCH ()-[r:${relTypeToken(rel.type)} {id: $id}]->() DELETE r MERGE (x:Retracted {id: $id}) SET x.at = $at, x.by = $by`,
        { id, at, by: actor.name },
      );
      const data = JSON.stringify({
        id,
        type: rel.type,
        from: rel.from.id,
        to: rel.to.id,
        origin: rel.origin,
        addedBy: rel.addedBy,
        addedAt: rel.addedAt,
        evidence: rel.evidence.map((e) => ({ documentId: e.document.id, page: e.page, quote: e.quote })),
      });
      const change = await recordChange(
        tx,
        actor,
        at,
        ChangeAction.RetractRelation,
        id,
        [rel.from.id, rel.to.id],
        `retracted ${rel.from.id} ${rel.type} ${rel.to.id}`,
        reason,
        data,
      );
      return { id, change };
    });
  }

  async historyOf(ids: readonly string[]): Promise<ChangeRecord[][]> {
    const res = await this.executor.read('history', (tx) =>
      tx.run(
        `UNWIND $ids AS id OPTIONAL MATCH (c:Change) WHERE id IN c.relatedIds
         WITH id, c ORDER BY c.at DESC, c.id
         RETURN id, collect(${changeMap('c')}) AS v`,
        { ids: [...ids] },
      ),
    );
    const byId = new Map(res.records.map((r) => [r.get('id') as string, r.get('v') as ChangeRecord[]]));
    return ids.map((id) => byId.get(id) ?? []);
  }
}

/** createEntity inside a caller's transaction (the curator API, or accepting a suggestion with other writes). */
export async function createEntityIn(
  tx: ManagedTransaction,
  actor: Actor,
  e: NewEntity,
  /** The argument errors name: `input` for the curator API, `edits` when accepting a suggestion. */
  arg = 'input',
): Promise<EntityRecord> {
  const exists = await tx.run('MATCH (n:Entity {id: $id}) RETURN n.type AS t', { id: e.id });
  if (exists.records.length)
    throw badUserInput(`${arg}.id`, `"${e.id}" is already used by a ${exists.records[0]?.get('t')}`);
  const at = new Date().toISOString();
  const props = {
    ...searchFields(e.name, e.aliases, e.description, e.descriptionNl),
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    description: e.description,
    identifiers: e.identifiers,
    ...(e.descriptionNl ? { descriptionNl: e.descriptionNl } : {}),
    ...(e.kind ? { kind: e.kind } : {}),
    ...(e.role ? { role: e.role } : {}),
    ...(e.date ? { date: e.date } : {}),
    ...(e.type === 'DOCUMENT' ? { hasText: false } : {}),
    origin: 'curator',
    createdBy: actor.name,
    createdAt: at,
  };
  const res = await tx.run(`CREATE (n:Entity:${LABEL_OF_TYPE[e.type]}) SET n = $props RETURN ${entityMap('n')} AS e`, {
    props,
  });
  await recordChange(
    tx,
    actor,
    at,
    ChangeAction.CreateEntity,
    e.id,
    [e.id],
    `created ${e.type} "${e.name}"`,
    null,
    null,
  );
  return res.records[0]?.get('e') as EntityRecord;
}

/** updateEntity inside a caller's transaction (the curator API, or accepting a suggestion with other writes). */
export async function updateEntityIn(
  tx: ManagedTransaction,
  actor: Actor,
  id: string,
  changes: EntityChanges,
): Promise<EntityRecord> {
  const cur = await tx.run(
    'MATCH (n:Entity {id: $id}) RETURN n {.name, .aliases, .description, .descriptionNl, .kind, .identifiers} AS v',
    { id },
  );
  const before = cur.records[0]?.get('v') as
    | {
        name: string;
        aliases: string[];
        description: string | null;
        descriptionNl: string | null;
        kind: string | null;
        identifiers: string[];
      }
    | undefined;
  if (!before) throw notFound('entity', id);
  const after = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
  const at = new Date().toISOString();
  const res = await tx.run(`MATCH (n:Entity {id: $id}) SET n += $props RETURN ${entityMap('n')} AS e`, {
    id,
    props: {
      ...after,
      ...searchFields(after.name, after.aliases ?? [], after.description ?? '', after.descriptionNl ?? ''),
      origin: 'curator',
      updatedBy: actor.name,
      updatedAt: at,
    },
  });
  const fields = Object.keys(changes).filter((k) => changes[k as keyof EntityChanges] !== undefined);
  await recordChange(
    tx,
    actor,
    at,
    ChangeAction.UpdateEntity,
    id,
    [id],
    `changed ${fields.join(', ')}`,
    null,
    JSON.stringify(before),
  );
  return res.records[0]?.get('e') as EntityRecord;
}

/** addRelation inside a caller's transaction (the curator API, or accepting a suggestion with other writes). */
export async function addRelationIn(
  tx: ManagedTransaction,
  actor: Actor,
  r: NewRelation,
  arg = 'input',
): Promise<RelationRecord> {
  const ends = await tx.run('UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) RETURN id, n.type AS type', {
    ids: [r.from, r.to],
  });
  for (const rec of ends.records)
    if (rec.get('type') === null)
      throw badUserInput(
        rec.get('id') === r.from ? `${arg}.from` : `${arg}.to`,
        `names no entity ("${rec.get('id')}")`,
      );
  if (r.from === r.to) throw badUserInput(`${arg}.to`, `must differ from ${arg}.from`);
  const [fromType, toType] = ends.records.map((rec) => rec.get('type') as EntityType);
  const wrong = domainRangeError(
    r.type,
    { id: r.from, type: fromType as EntityType },
    { id: r.to, type: toType as EntityType },
  );
  if (wrong) throw badUserInput(`${arg}.${wrong.end}`, wrong.reason);
  const id = relationId(r.from, r.type, r.to);
  const dup = await tx.run(`MATCH ()-[x:${relTypeToken(r.type)} {id: $id}]->() RETURN count(x) AS c`, { id });
  if (Number(dup.records[0]?.get('c')) > 0) throw badUserInput(arg, `relationship ${id} already exists`);
  const evidence = await checkEvidence(tx, r.evidence, arg);
  const at = new Date().toISOString();
  const res = await tx.run(
    `MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})
     CREATE (a)-[r:${relTypeToken(r.type)}]->(b) SET r = $props
     RETURN ${relationMap('r', 'a', 'b')} AS rel`,
    neoInts({
      from: r.from,
      to: r.to,
      props: {
        id,
        origin: 'curator',
        addedBy: actor.name,
        addedAt: at,
        evidenceDocumentIds: evidence.map((e) => e.documentId),
        evidencePages: evidence.map((e) => e.page),
        evidenceQuotes: evidence.map((e) => e.quote),
      },
    }),
  );
  await tx.run('MATCH (x:Retracted {id: $id}) DELETE x', { id });
  await recordChange(
    tx,
    actor,
    at,
    ChangeAction.AddRelation,
    id,
    [r.from, r.to],
    `added ${r.from} ${r.type} ${r.to}`,
    null,
    null,
  );
  return res.records[0]?.get('rel') as RelationRecord;
}

/** Each evidence quote must occur, whitespace-normalised, on its page of a document whose text is in the graph. */
async function checkEvidence(
  tx: ManagedTransaction,
  evidence: NewRelation['evidence'],
  prefix = 'input',
): Promise<NewRelation['evidence']> {
  if (!evidence.length) throw badUserInput(`${prefix}.evidence`, 'needs at least one quote');
  const out: NewRelation['evidence'] = [];
  for (const [i, ev] of evidence.entries()) {
    const arg = `${prefix}.evidence[${i}]`;
    const quote = normaliseWhitespace(ev.quote);
    if (quote.length < 10) throw badUserInput(`${arg}.quote`, 'must be at least 10 characters of the source text');
    // A curated document carries its pages; an ingested one's text is its DocumentText node.
    const res = await tx.run(
      'MATCH (d:Entity {id: $id}) OPTIONAL MATCH (t:DocumentText {documentId: $id}) RETURN d.type AS type, coalesce(d.pages, t.pages) AS pages',
      { id: ev.documentId },
    );
    const row = res.records[0];
    if (!row || row.get('type') !== 'DOCUMENT')
      throw badUserInput(`${arg}.documentId`, `names no document ("${ev.documentId}")`);
    const pages = (row.get('pages') as string[] | null) ?? [];
    if (!pages.length)
      throw badUserInput(`${arg}.documentId`, `"${ev.documentId}" has no text in the graph to check the quote against`);
    const check = checkQuoteOnPage(pages.map(normaliseWhitespace), ev.page, quote);
    if (!check.ok && check.reason === 'NO_PAGE')
      throw badUserInput(`${arg}.page`, `page ${ev.page} does not exist (the document has ${check.pageCount})`);
    if (!check.ok)
      throw badUserInput(
        `${arg}.quote`,
        `does not occur on page ${ev.page}${check.reason === 'NOT_ON_PAGE' && check.elsewhere ? ` (it is on page ${check.elsewhere})` : ''}`,
      );
    out.push({ documentId: ev.documentId, page: ev.page, quote });
  }
  return out;
}

async function recordChange(
  tx: ManagedTransaction,
  actor: Actor,
  at: string,
  action: ChangeAction,
  targetId: string,
  relatedIds: string[],
  summary: string,
  reason: string | null,
  data: string | null,
): Promise<ChangeRecord> {
  const c: ChangeRecord = { id: randomUUID(), at, by: actor.name, action, targetId, summary, reason, data };
  await tx.run('CREATE (c:Change) SET c = $props', { props: { ...c, relatedIds } });
  return c;
}
