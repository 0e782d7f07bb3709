import type {
  AnswerRecord,
  CitationRecord,
  MentionRecord,
  PassageRecord,
  QuestionRecord,
  UnresolvedMentionRecord,
} from './documentRecords';
import { answerMap, passageMap, questionMap } from './documentProjections';
import type { Executor } from './executor';
import { entityMap } from './projections';
import type { EntityRecord } from './records';

/**
 * Links between pieces of ingested structure, each fetched for many ids in one query (the per-request
 * DataLoaders call these), returned in the order of the ids.
 */
export class StructureLinks {
  constructor(private readonly executor: Executor) {}

  mentionsOfPassages(ids: readonly string[]): Promise<MentionRecord[][]> {
    return this.grouped(
      'passageMentions',
      `
      UNWIND $ids AS id MATCH (p:Passage {id: id})-[m:MENTIONS]->(e:Entity)
      WITH id, m, e ORDER BY m.start
      RETURN id, collect({entity: ${entityMap('e')}, matched: m.matched, start: m.start, end: m.end, role: m.role, party: m.party}) AS v`,
      ids,
    );
  }

  unresolvedMentionsOfPassages(ids: readonly string[]): Promise<UnresolvedMentionRecord[][]> {
    return this.grouped(
      'passageUnresolvedMentions',
      `
      UNWIND $ids AS id MATCH (p:Passage {id: id})-[:HAS_UNRESOLVED_MENTION]->(u:UnresolvedMention)
      CALL (u) { OPTIONAL MATCH (u)-[:CANDIDATE]->(c:Entity) WITH c ORDER BY c.id RETURN collect(${entityMap('c')}) AS candidates }
      WITH id, p, u, candidates ORDER BY u.start
      RETURN id, collect({matched: u.matched, start: u.start, end: u.end, reason: u.reason, candidates: candidates, passage: ${passageMap('p')}}) AS v`,
      ids,
    );
  }

  citationsOfPassages(ids: readonly string[]): Promise<CitationRecord[][]> {
    return this.grouped(
      'passageCitations',
      `
      UNWIND $ids AS id MATCH (p:Passage {id: id})-[c:CITATION]->(t:Entity)
      WITH id, p, c, t ORDER BY c.start
      RETURN id, collect({kind: c.kind, identifier: c.identifier, text: c.text, locator: c.locator, submitters: coalesce(c.submitters, []), target: ${entityMap('t')}, passage: ${passageMap('p')}}) AS v`,
      ids,
    );
  }

  footnotesOfPassages(ids: readonly string[]): Promise<PassageRecord[][]> {
    return this.grouped(
      'passageFootnotes',
      `
      UNWIND $ids AS id MATCH (:Passage {id: id})-[:REFERS_TO_FOOTNOTE]->(f:Passage)
      WITH id, f ORDER BY f.number RETURN id, collect(${passageMap('f')}) AS v`,
      ids,
    );
  }

  async referencingPassages(footnoteIds: readonly string[]): Promise<(PassageRecord | null)[]> {
    return (
      await this.grouped<PassageRecord>(
        'footnoteReferences',
        `
      UNWIND $ids AS id MATCH (p:Passage)-[:REFERS_TO_FOOTNOTE]->(:Passage {id: id})
      RETURN id, collect(${passageMap('p')}) AS v`,
        footnoteIds,
      )
    ).map((l) => l[0] ?? null);
  }

  answersOfQuestions(ids: readonly string[]): Promise<AnswerRecord[][]> {
    return this.grouped(
      'questionAnswers',
      `
      UNWIND $ids AS id MATCH (:Question {id: id})<-[:ANSWERS]-(a:Answer)
      WITH id, a ORDER BY a.order RETURN id, collect(${answerMap('a')}) AS v`,
      ids,
    );
  }

  /** Entities named inside a question's span of the source text. */
  mentionsOfQuestions(ids: readonly string[]): Promise<EntityRecord[][]> {
    return this.grouped(
      'questionMentions',
      `
      UNWIND $ids AS id MATCH (q:Question {id: id})
      MATCH (:Passage {documentId: q.documentId})-[m:MENTIONS]->(e:Entity) WHERE m.start >= q.start AND m.end <= q.end
      WITH id, e, min(m.start) AS first ORDER BY first
      RETURN id, collect(${entityMap('e')}) AS v`,
      ids,
    );
  }

  questionsOfAnswers(ids: readonly string[]): Promise<QuestionRecord[][]> {
    return this.grouped(
      'answerQuestions',
      `
      UNWIND $ids AS id MATCH (:Answer {id: id})-[:ANSWERS]->(q:Question)
      OPTIONAL MATCH (q)-[:ASKED_BY]->(f:Entity)
      WITH id, q, f ORDER BY q.number
      RETURN id, collect(${questionMap('q', `factionEntity: CASE WHEN f IS NULL THEN null ELSE ${entityMap('f')} END`)}) AS v`,
      ids,
    );
  }

  referencesOfAnswers(ids: readonly string[]): Promise<AnswerRecord[][]> {
    return this.grouped(
      'answerReferences',
      `
      UNWIND $ids AS id MATCH (:Answer {id: id})-[:REFERS_TO]->(b:Answer)
      WITH id, b ORDER BY b.order RETURN id, collect(${answerMap('b')}) AS v`,
      ids,
    );
  }

  /**
   * The passage holding each evidence quote: on the quote's page, the passage whose whitespace-normalised text
   * contains the quote, else the one containing its first 40 characters (a quote running into the next passage).
   */
  async evidencePassages(
    keys: readonly { documentId: string; page: number | null; quote: string }[],
  ): Promise<(PassageRecord | null)[]> {
    const res = await this.executor.read('evidencePassages', (tx) =>
      tx.run(
        `UNWIND range(0, size($keys) - 1) AS i
         WITH i, $keys[i] AS k
         OPTIONAL CALL (k) {
           MATCH (p:Passage {documentId: k.documentId}) WHERE (k.page IS NULL OR p.page = k.page)
             AND (p.normText CONTAINS k.quote OR p.normText CONTAINS left(k.quote, 40))
           WITH p ORDER BY CASE WHEN p.normText CONTAINS k.quote THEN 0 ELSE 1 END, p.order
           RETURN p LIMIT 1
         }
         RETURN i, CASE WHEN p IS NULL THEN null ELSE ${passageMap('p')} END AS v`,
        { keys: keys.map((k) => ({ documentId: k.documentId, page: k.page, quote: k.quote })) },
      ),
    );
    const byIndex = new Map(res.records.map((r) => [Number(r.get('i')), r.get('v') as PassageRecord | null]));
    return keys.map((_, i) => byIndex.get(i) ?? null);
  }

  private async grouped<T>(name: string, cypher: string, ids: readonly string[]): Promise<T[][]> {
    const res = await this.executor.read(name, (tx) => tx.run(cypher, { ids: [...ids] }));
    const byId = new Map(res.records.map((r) => [r.get('id') as string, r.get('v') as T[]]));
    return ids.map((id) => byId.get(id) ?? []);
  }
}
