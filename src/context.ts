import DataLoader from 'dataloader';
import type { Auth } from './auth';
import type { ChangeRecord } from './db/curationRecords';
import type { CurationRepository } from './db/curationRepository';
import type { EntityRepository } from './db/entityRepository';
import type { GraphRepository } from './db/graphRepository';
import type { DocumentRepository } from './db/documentRepository';
import type { AnswerRecord, CitationRecord, MentionRecord, PassageRecord, QuestionRecord, RemovalRecord } from './db/documentRecords';
import type { IngestionRepository } from './db/ingestionRepository';
import type { PassageSearchRepository } from './db/passageSearchRepository';
import type { EntityRecord, RelationRecord } from './db/records';
import type { EntityProp } from './db/projections';
import type { StructureLinks } from './db/structureLinks';
import type { RelationRepository } from './db/relationRepository';
import type { SearchRepository } from './db/searchRepository';
import type { Direction, RelationType } from './generated/graphql';

export interface Repositories {
  entities: EntityRepository;
  relations: RelationRepository;
  search: SearchRepository;
  graph: GraphRepository;
  documents: DocumentRepository;
  links: StructureLinks;
  passages: PassageSearchRepository;
  curation: CurationRepository;
  ingestions: IngestionRepository;
  /** Removing an ingested document (admin): the ingest pipeline's removal, which owns what an ingest wrote. */
  documentAdmin: { remove(documentId: string): Promise<RemovalRecord> };
}

interface RelationsKey {
  id: string;
  direction: Direction;
  types: readonly RelationType[] | null;
  first: number;
  withEvidence: boolean;
  endProps: readonly EntityProp[];
}
type CountKey = Omit<RelationsKey, 'first' | 'withEvidence' | 'endProps'>;

/** Per-request state: repositories, the request id for logs, and DataLoaders that batch per-entity lookups. */
export interface Context {
  requestId: string;
  repos: Repositories;
  /** Who is calling (a bearer token's name and role), or anonymous; reads need no token, writes do. */
  auth: Auth;
  loaders: {
    entity: DataLoader<string, EntityRecord | undefined>;
    relations: DataLoader<RelationsKey, RelationRecord[], string>;
    relationCount: DataLoader<CountKey, number, string>;
    passageMentions: DataLoader<string, MentionRecord[]>;
    passageCitations: DataLoader<string, CitationRecord[]>;
    passageFootnotes: DataLoader<string, PassageRecord[]>;
    footnoteReference: DataLoader<string, PassageRecord | null>;
    questionAnswers: DataLoader<string, AnswerRecord[]>;
    /** A document's questions (of one faction or all); primed by `document(id)` when it fetched them itself. */
    documentQuestions: DataLoader<DocumentQuestionsKey, QuestionRecord[], string>;
    questionMentions: DataLoader<string, EntityRecord[]>;
    answerQuestions: DataLoader<string, QuestionRecord[]>;
    answerReferences: DataLoader<string, AnswerRecord[]>;
    evidencePassage: DataLoader<EvidenceKey, PassageRecord | null, string>;
    history: DataLoader<string, ChangeRecord[]>;
  };
}

export interface DocumentQuestionsKey {
  documentId: string;
  faction: string | null;
}

interface EvidenceKey {
  documentId: string;
  page: number | null;
  quote: string;
}

export function createContext(repos: Repositories, requestId: string, auth: Auth = { kind: 'anonymous' }): Context {
  return {
    requestId,
    repos,
    auth,
    loaders: {
      entity: new DataLoader((ids) => repos.entities.byIds(ids)),
      // Every entity in a response asking for the same relation filter is served by one query.
      relations: new DataLoader(
        (keys) =>
          batchByOptions(keys, (k) => JSON.stringify([k.direction, k.types, k.first, k.withEvidence, k.endProps]), (ids, k) =>
            repos.relations.ofEntities(ids, { direction: k.direction, types: k.types, first: k.first, withEvidence: k.withEvidence, endProps: k.endProps }),
          ),
        { cacheKeyFn: (k) => JSON.stringify([k.id, k.direction, k.types, k.first, k.withEvidence, k.endProps]) },
      ),
      relationCount: new DataLoader(
        (keys) =>
          batchByOptions(keys, (k) => JSON.stringify([k.direction, k.types]), (ids, k) =>
            repos.relations.countOfEntities(ids, k.direction, k.types),
          ),
        { cacheKeyFn: (k) => JSON.stringify([k.id, k.direction, k.types]) },
      ),
      passageMentions: new DataLoader((ids) => repos.links.mentionsOfPassages(ids)),
      passageCitations: new DataLoader((ids) => repos.links.citationsOfPassages(ids)),
      passageFootnotes: new DataLoader((ids) => repos.links.footnotesOfPassages(ids)),
      footnoteReference: new DataLoader((ids) => repos.links.referencingPassages(ids)),
      questionAnswers: new DataLoader((ids) => repos.links.answersOfQuestions(ids)),
      documentQuestions: new DataLoader((keys) => Promise.all(keys.map((k) => repos.documents.questionsOf(k.documentId, k.faction))), {
        cacheKeyFn: (k) => JSON.stringify([k.documentId, k.faction]),
      }),
      questionMentions: new DataLoader((ids) => repos.links.mentionsOfQuestions(ids)),
      answerQuestions: new DataLoader((ids) => repos.links.questionsOfAnswers(ids)),
      answerReferences: new DataLoader((ids) => repos.links.referencesOfAnswers(ids)),
      history: new DataLoader((ids) => repos.curation.historyOf(ids)),
      evidencePassage: new DataLoader((keys) => repos.links.evidencePassages(keys), { cacheKeyFn: (k) => JSON.stringify([k.documentId, k.page, k.quote]) }),
    },
  };
}

/** Splits a DataLoader batch into groups with equal options, runs one call per group, reassembles in key order. */
async function batchByOptions<K extends { id: string }, V>(
  keys: readonly K[],
  groupKey: (k: K) => string,
  run: (ids: string[], sample: K) => Promise<V[]>,
): Promise<V[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const g = groupKey(k);
    groups.set(g, [...(groups.get(g) ?? []), i]);
  });
  const out = new Array<V>(keys.length);
  await Promise.all(
    [...groups.values()].map(async (idx) => {
      const values = await run(idx.map((i) => (keys[i] as K).id), keys[idx[0] as number] as K);
      idx.forEach((i, j) => (out[i] = values[j] as V));
    }),
  );
  return out;
}
