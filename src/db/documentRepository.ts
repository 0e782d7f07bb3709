import { isLive } from './liveness';
import neo4j from 'neo4j-driver';
import type { PassageKind } from '../generated/graphql';
import { decodeCursor, encodeCursor } from './cursor';
import type {
  AnswerRecord,
  CitationRecord,
  IngestionRecord,
  JoinRecord,
  PartRecord,
  PassagePage,
  PassageRecord,
  QuestionPage,
  QuestionRecord,
  UnresolvedMentionRecord,
} from './documentRecords';
import { answerMap, passageMap, questionMap } from './documentProjections';
import type { Executor } from './executor';
import { entityMap } from './projections';

export interface QuestionQuery {
  documentId?: string | null;
  factionId?: string | null;
  mentions?: string | null;
  answered?: boolean | null;
  first: number;
  after?: string | null;
}

/** A sort key for document order across documents: "<documentId>/<order, 6 digits>". */
const ORDER_KEY = (v: string) => `${v}.documentId + '/' + right('000000' + toString(${v}.order), 6)`;

/** The structure of ingested documents: parts, questions, answers, footnotes, citations, passages, joins. */
export class DocumentRepository {
  constructor(private readonly executor: Executor) {}

  async parts(documentId: string): Promise<PartRecord[]> {
    return this.rows(
      'documentParts',
      `
      MATCH (p:DocumentPart {documentId: $id})
      OPTIONAL MATCH (p)-[:SIGNED_BY]->(s:Entity) OPTIONAL MATCH (p)-[:WRITTEN_BY]->(o:Entity)
      WITH p, s, o ORDER BY p.order
      RETURN p {.id, .order, .kind, .title, .date, .addressee, .signatory, .office, .page,
                signedBy: CASE WHEN s IS NULL THEN null ELSE ${entityMap('s')} END,
                writtenBy: CASE WHEN o IS NULL THEN null ELSE ${entityMap('o')} END} AS r`,
      { id: documentId },
    );
  }

  async questionsOf(documentId: string, factionId: string | null): Promise<QuestionRecord[]> {
    return (await this.questions({ documentId, factionId, first: 10_000 })).edges.map((e) => e.node);
  }

  /**
   * A document with its questions (of one faction, or all) and, when asked, each question's answers: one round
   * trip for `document(id) { questions { answers } }`, the shape researchers read a report in. null when the id
   * is not a document.
   */
  async documentWithQuestions(
    id: string,
    factionId: string | null,
    withAnswers: boolean,
  ): Promise<{
    document: import('./records').EntityRecord;
    questions: { question: QuestionRecord; answers: AnswerRecord[] }[];
  } | null> {
    const rows = await this.rows<{
      document: import('./records').EntityRecord;
      questions: { question: QuestionRecord; answers: AnswerRecord[] }[];
    }>(
      'documentWithQuestions',
      `
      MATCH (d:Entity:Document {id: $id})
      CALL (d) {
        MATCH (q:Question {documentId: d.id})
        ${factionId == null ? '' : 'WHERE EXISTS { MATCH (q)-[:ASKED_BY]->(:Entity {id: $factionId}) }'}
        WITH q ORDER BY ${ORDER_KEY('q')}
        OPTIONAL MATCH (q)-[:ASKED_BY]->(f:Entity)
        CALL (q) {
          ${withAnswers ? `OPTIONAL MATCH (q)<-[:ANSWERS]-(a:Answer) WITH a ORDER BY a.order RETURN collect(${answerMap('a')}) AS answers` : 'RETURN [] AS answers'}
        }
        RETURN collect({question: ${questionMap('q', `factionEntity: CASE WHEN f IS NULL THEN null ELSE ${entityMap('f')} END`)}, answers: answers}) AS questions
      }
      RETURN {document: ${entityMap('d')}, questions: questions} AS r`,
      { id, factionId },
    );
    return rows[0] ?? null;
  }

  async answersOf(documentId: string): Promise<AnswerRecord[]> {
    return this.rows(
      'documentAnswers',
      `MATCH (a:Answer {documentId: $id}) WITH a ORDER BY a.order RETURN ${answerMap('a')} AS r`,
      { id: documentId },
    );
  }

  async footnotesOf(documentId: string): Promise<PassageRecord[]> {
    return this.rows(
      'documentFootnotes',
      `MATCH (p:Passage:Footnote {documentId: $id}) WITH p ORDER BY p.number RETURN ${passageMap('p')} AS r`,
      { id: documentId },
    );
  }

  async citationsOf(documentId: string): Promise<CitationRecord[]> {
    return this.rows(
      'documentCitations',
      `
      MATCH (p:Passage {documentId: $id})-[c:CITATION]->(t:Entity)
      WITH p, c, t ORDER BY p.order, c.start
      RETURN {kind: c.kind, identifier: c.identifier, text: c.text, locator: c.locator, submitters: coalesce(c.submitters, []), target: ${entityMap('t')}, passage: ${passageMap('p')}} AS r`,
      { id: documentId },
    );
  }

  async unresolvedMentionsOf(documentId: string): Promise<UnresolvedMentionRecord[]> {
    return this.rows(
      'documentUnresolvedMentions',
      `
      MATCH (p:Passage {documentId: $id})-[:HAS_UNRESOLVED_MENTION]->(u:UnresolvedMention)
      CALL (u) { OPTIONAL MATCH (u)-[:CANDIDATE]->(c:Entity) WITH c ORDER BY c.id RETURN collect(${entityMap('c')}) AS candidates }
      WITH p, u, candidates ORDER BY p.order, u.start
      RETURN {matched: u.matched, start: u.start, end: u.end, reason: u.reason, candidates: candidates, passage: ${passageMap('p')}} AS r`,
      { id: documentId },
    );
  }

  async joinsOf(documentId: string): Promise<JoinRecord[]> {
    return this.rows(
      'documentJoins',
      `
      MATCH (a:Entity)-[j:JOINS {documentId: $id}]->(b:Entity)
      WITH a, j, b ORDER BY a.sortName, b.sortName
      RETURN {faction: ${entityMap('a')}, joins: ${entityMap('b')}, quote: j.quote, page: j.page} AS r`,
      { id: documentId },
    );
  }

  async ingestionOf(documentId: string): Promise<IngestionRecord | null> {
    const rows = await this.rows<IngestionRecord>(
      'documentIngestion',
      `
      MATCH (i:Ingestion {documentId: $id}) RETURN i {.version, .sourceName, .kind, .structures, .warnings, .pageCount} AS r`,
      { id: documentId },
    );
    return rows[0] ?? null;
  }

  async passagesOf(
    documentId: string,
    page: number | null,
    kinds: readonly PassageKind[] | null,
    first: number,
    after: string | null,
  ): Promise<PassagePage> {
    const where = ['p.documentId = $id', '($page IS NULL OR p.page = $page)', '($kinds IS NULL OR p.kind IN $kinds)'];
    const params: Record<string, unknown> = {
      id: documentId,
      page: page === null ? null : neo4j.int(page),
      kinds: kinds ? [...kinds] : null,
    };
    const count = () =>
      this.count('passageCount', `MATCH (p:Passage) WHERE ${where.join(' AND ')} RETURN count(p) AS c`, params);
    if (after) {
      where.push('p.order > $afterOrder');
      params.afterOrder = neo4j.int(Number(decodeCursor(after, 'PASSAGE_ORDER').key));
    }
    const rows = await this.rows<PassageRecord>(
      'documentPassages',
      `
      MATCH (p:Passage) WHERE ${where.join(' AND ')} WITH p ORDER BY p.order LIMIT $limit RETURN ${passageMap('p')} AS r`,
      { ...params, limit: neo4j.int(first + 1) },
    );
    return {
      edges: rows
        .slice(0, first)
        .map((p) => ({ cursor: encodeCursor('PASSAGE_ORDER', String(p.order), p.id), node: p })),
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(after),
      totalCount: count,
    };
  }

  /** Questions across documents in document order, keyset-paginated. */
  async questions(q: QuestionQuery): Promise<QuestionPage> {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (q.documentId != null) {
      where.push('q.documentId = $documentId');
      params.documentId = q.documentId;
    }
    if (q.factionId != null) {
      where.push('EXISTS { MATCH (q)-[:ASKED_BY]->(:Entity {id: $factionId}) }');
      params.factionId = q.factionId;
    }
    if (q.answered != null) where.push(`${q.answered ? '' : 'NOT '}EXISTS { MATCH (q)<-[:ANSWERS]-(:Answer) }`);
    if (q.mentions != null) {
      where.push(`EXISTS { MATCH (p:Passage {documentId: q.documentId})-[m:MENTIONS]->(:Entity {id: $mentions})
                           WHERE m.start >= q.start AND m.end <= q.end }`);
      params.mentions = q.mentions;
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const count = () => this.count('questionCount', `MATCH (q:Question) ${filter} RETURN count(q) AS c`, params);
    const conds = [...where];
    if (q.after) {
      conds.push(`${ORDER_KEY('q')} > $afterKey`);
      params.afterKey = decodeCursor(q.after, 'DOCUMENT_ORDER').key;
    }
    const rows = await this.rows<QuestionRecord & { key: string }>(
      'questionList',
      `
      MATCH (q:Question) ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
      WITH q, ${ORDER_KEY('q')} AS key ORDER BY key LIMIT $limit
      OPTIONAL MATCH (q)-[:ASKED_BY]->(f:Entity)
      RETURN ${questionMap('q', `key: key, factionEntity: CASE WHEN f IS NULL THEN null ELSE ${entityMap('f')} END`)} AS r
      ORDER BY key`,
      { ...params, limit: neo4j.int(q.first + 1) },
    );
    return {
      edges: rows
        .slice(0, q.first)
        .map(({ key, ...node }) => ({ cursor: encodeCursor('DOCUMENT_ORDER', key, node.id), node })),
      hasNextPage: rows.length > q.first,
      hasPreviousPage: Boolean(q.after),
      totalCount: count,
    };
  }

  /** The entity a citation identifier names: by the citations of ingested passages, by an identifier, or by id. */
  async citationTarget(identifier: string): Promise<import('./records').EntityRecord | null> {
    const rows = await this.rows<import('./records').EntityRecord>(
      'citationTarget',
      `
      CALL () {
        MATCH (p:Passage)-[c:CITATION {identifierKey: $key}]->(t:Entity) WHERE ${isLive('p')} RETURN t, 0 AS rank LIMIT 1
        UNION
        MATCH (t:Entity) WHERE any(i IN t.identifiers WHERE toLower(i) ENDS WITH ':' + $key) RETURN t, 1 AS rank LIMIT 1
        UNION
        MATCH (t:Entity {id: $identifier}) RETURN t, 2 AS rank
      }
      WITH t ORDER BY rank LIMIT 1
      RETURN ${entityMap('t')} AS r`,
      { identifier, key: identifier.toLowerCase() },
    );
    return rows[0] ?? null;
  }

  private async rows<T>(name: string, cypher: string, params: Record<string, unknown>): Promise<T[]> {
    const res = await this.executor.read(name, (tx) => tx.run(cypher, params));
    return res.records.map((r) => r.get('r') as T);
  }

  private async count(name: string, cypher: string, params: Record<string, unknown>): Promise<number> {
    const res = await this.executor.read(name, (tx) => tx.run(cypher, params));
    return Number(res.records[0]?.get('c') ?? 0);
  }
}
