import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../domain/curationPolicy';
import { foldForSearch } from '../domain/text';
import { badUserInput, notFound } from '../errors';
import type { EntityType, RelationType, SuggestionKind, SuggestionStatus } from '../generated/graphql';
import { addRelationIn, createEntityIn, updateEntityIn } from './curationRepository';
import { decodeCursor, encodeCursor } from './cursor';
import { passageMap } from './documentProjections';
import type { Executor } from './executor';
import type { EntityRecord } from './records';
import type { SuggestionDecisionRecord, SuggestionPage, SuggestionRecord } from './suggestionRecords';

export interface SuggestionQuery {
  status: SuggestionStatus | null;
  documentId: string | null;
  kind: SuggestionKind | null;
  type: RelationType | null;
  first: number;
  after: string | null;
}

/** What a curator may change while accepting (see SuggestionEdits in schema/suggestions.graphql). */
export interface SuggestionEdits {
  relationType?: RelationType | null;
  from?: string | null;
  to?: string | null;
  entityId?: string | null;
  name?: string | null;
  entityType?: EntityType | null;
  description?: string | null;
  alias?: string | null;
  page?: number | null;
  quote?: string | null;
}

const FILTER = `($status IS NULL OR s.status = $status) AND ($documentId IS NULL OR s.documentId = $documentId)
  AND ($kind IS NULL OR s.kind = $kind) AND ($type IS NULL OR s.relationType = $type)`;
const RECORD = `s {.*, passage: CASE WHEN p IS NULL THEN null ELSE ${passageMap('p')} END}`;
const ONE = `MATCH (s:Suggestion {id: $id}) OPTIONAL MATCH (p:Passage {id: s.passageId}) RETURN ${RECORD} AS s`;

/** An entity id from a name, as the seed files write them: folded, lower-case, single hyphens. */
export const entityIdOf = (name: string) =>
  foldForSearch(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The review queue: suggestions an ingest stored (ingest/switchOn.ts), listed in document order, and the curator's
 * decisions. Accepting writes through the curator API's own functions inside one transaction with the decision,
 * so the same checks hold (evidence on its page, domain and range, ids) and the history records the reviewer.
 */
export class SuggestionRepository {
  constructor(private readonly executor: Executor) {}

  async list(q: SuggestionQuery): Promise<SuggestionPage> {
    const params = { status: q.status, documentId: q.documentId, kind: q.kind, type: q.type };
    const afterKey = q.after ? decodeCursor(q.after, 'SUGGESTION_ORDER').key : null;
    const res = await this.executor.read('suggestions', (tx) =>
      tx.run(
        `MATCH (s:Suggestion) WHERE ${FILTER} AND ($afterKey IS NULL OR s.sortKey > $afterKey)
         WITH s ORDER BY s.sortKey LIMIT $limit
         OPTIONAL MATCH (p:Passage {id: s.passageId})
         RETURN ${RECORD} AS s, s.sortKey AS key`,
        { ...params, afterKey, limit: neo4j.int(q.first + 1) },
      ),
    );
    const rows = res.records.map((r) => ({ node: r.get('s') as SuggestionRecord, key: r.get('key') as string }));
    return {
      edges: rows
        .slice(0, q.first)
        .map((r) => ({ cursor: encodeCursor('SUGGESTION_ORDER', r.key, r.node.id), node: r.node })),
      hasNextPage: rows.length > q.first,
      hasPreviousPage: Boolean(q.after),
      totalCount: async () => {
        const c = await this.executor.read('suggestionCount', (tx) =>
          tx.run(`MATCH (s:Suggestion) WHERE ${FILTER} RETURN count(s) AS c`, params),
        );
        return Number(c.records[0]?.get('c') ?? 0);
      },
    };
  }

  async byId(id: string): Promise<SuggestionRecord | null> {
    const res = await this.executor.read('suggestion', (tx) => tx.run(ONE, { id }));
    return (res.records[0]?.get('s') as SuggestionRecord | undefined) ?? null;
  }

  async accept(actor: Actor, id: string, edits: SuggestionEdits): Promise<SuggestionDecisionRecord> {
    return this.executor.write('acceptSuggestion', async (tx) => {
      const s = await pending(tx, id);
      const evidence = [{ documentId: s.documentId, page: edits.page ?? s.page, quote: edits.quote ?? s.sentence }];
      let entity: EntityRecord | null = null;
      let relation: SuggestionDecisionRecord['relation'] = null;
      let resultId: string;
      if (s.kind === 'ENTITY') {
        entity = await createFromSuggestion(tx, actor, s, edits);
        resultId = entity.id;
      } else if (s.kind === 'ALIAS') {
        const alias = edits.alias ?? s.alias!;
        const cur = await tx.run('MATCH (n:Entity {id: $id}) RETURN n.aliases AS a', { id: s.entityId });
        if (!cur.records.length) throw badUserInput('id', `the entity "${s.entityId}" no longer exists`);
        const aliases = (cur.records[0]!.get('a') as string[] | null) ?? [];
        if (aliases.includes(alias))
          throw badUserInput('edits.alias', `"${alias}" is already an alias of ${s.entityId}`);
        entity = await updateEntityIn(tx, actor, s.entityId!, { aliases: [...aliases, alias] });
        resultId = entity.id;
      } else {
        const end = async (side: 'from' | 'to') => {
          const given = edits[side];
          if (given) return given;
          if (s[`${side}Existing`]) return s[`${side}Id`]!;
          // A suggested end: the entity its own suggestion proposes, created now (or already, by accepting it).
          const other = await tx.run(ONE, { id: s[`${side}Id`] });
          const o = other.records[0]?.get('s') as SuggestionRecord | undefined;
          if (!o)
            throw badUserInput(
              `edits.${side}`,
              `the suggested entity "${s[`${side}Name`]}" is gone: give a catalogue id`,
            );
          if (o.status === 'ACCEPTED' && o.resultId) return o.resultId;
          if (o.status === 'REJECTED')
            throw badUserInput(`edits.${side}`, `the suggested entity "${o.name}" was rejected: give a catalogue id`);
          const made = await createFromSuggestion(tx, actor, o, {});
          await decide(tx, o.id, 'ACCEPTED', actor, { resultId: made.id });
          entity = made;
          return made.id;
        };
        const from = await end('from');
        const to = await end('to');
        relation = await addRelationIn(
          tx,
          actor,
          { from, to, type: edits.relationType ?? s.relationType!, evidence },
          'edits',
        );
        resultId = relation.id;
      }
      await decide(tx, id, 'ACCEPTED', actor, { resultId });
      const after = await tx.run(ONE, { id });
      return { suggestion: after.records[0]!.get('s') as SuggestionRecord, relation, entity };
    });
  }

  async reject(actor: Actor, id: string, reason: string): Promise<SuggestionRecord> {
    return this.executor.write('rejectSuggestion', async (tx) => {
      await pending(tx, id);
      await decide(tx, id, 'REJECTED', actor, { reason });
      const after = await tx.run(ONE, { id });
      return after.records[0]!.get('s') as SuggestionRecord;
    });
  }
}

async function pending(tx: ManagedTransaction, id: string): Promise<SuggestionRecord> {
  const res = await tx.run(ONE, { id });
  const s = res.records[0]?.get('s') as SuggestionRecord | undefined;
  if (!s) throw notFound('suggestion', id);
  if (s.status !== 'PENDING') throw badUserInput('id', `suggestion ${id} is already ${s.status.toLowerCase()}`);
  return s;
}

/** Records the decision on the suggestion; relation suggestions naming an accepted entity suggestion now name it. */
async function decide(
  tx: ManagedTransaction,
  id: string,
  status: 'ACCEPTED' | 'REJECTED',
  actor: Actor,
  extra: { resultId?: string; reason?: string },
): Promise<void> {
  await tx.run(
    `MATCH (s:Suggestion {id: $id})
     SET s.status = $status, s.reviewedBy = $by, s.reviewedAt = $at, s.resultId = $resultId, s.reason = $reason
     WITH s WHERE s.kind = 'ENTITY' AND $status = 'ACCEPTED'
     CALL (s) {
       MATCH (r:Suggestion {kind: 'RELATION', fromId: s.id}) SET r.fromId = $resultId, r.fromExisting = true
     }
     CALL (s) {
       MATCH (r:Suggestion {kind: 'RELATION', toId: s.id}) SET r.toId = $resultId, r.toExisting = true
     }`,
    {
      id,
      status,
      by: actor.name,
      at: new Date().toISOString(),
      resultId: extra.resultId ?? null,
      reason: extra.reason ?? null,
    },
  );
}

/** The entity an ENTITY suggestion proposes, with the curator's edits, through the curator API's createEntity. */
async function createFromSuggestion(
  tx: ManagedTransaction,
  actor: Actor,
  s: SuggestionRecord,
  edits: SuggestionEdits,
): Promise<EntityRecord> {
  const name = edits.name ?? s.name!;
  const type = edits.entityType ?? s.entityType!;
  const id = edits.entityId ?? entityIdOf(name);
  if (!id) throw badUserInput('edits.entityId', `no id can be made from "${name}": give one`);
  return createEntityIn(
    tx,
    actor,
    {
      id,
      type,
      name,
      aliases: (s.aliases ?? []).filter((a) => a !== name),
      description:
        edits.description ??
        `${type.charAt(0)}${type.slice(1).toLowerCase()} named in ${s.documentId} (page ${s.page}); accepted from a suggestion, not yet described.`,
      identifiers: [],
    },
    'edits',
  );
}
