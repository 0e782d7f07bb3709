import DataLoader from 'dataloader';
import type { FamilyRepository } from './db/familyRepository';
import type { FigureRepository } from './db/figureRepository';
import type { Auth } from './auth';
import type { ChangeRecord } from './db/curationRecords';
import type { CurationRepository } from './db/curationRepository';
import type { EntityRepository } from './db/entityRepository';
import type { GraphRepository } from './db/graphRepository';
import type { DocumentRepository } from './db/documentRepository';
import type {
  AnswerRecord,
  CitationRecord,
  MentionRecord,
  PassageRecord,
  QuestionRecord,
  RemovalRecord,
  UnresolvedMentionRecord,
} from './db/documentRecords';
import type { IngestionRepository } from './db/ingestionRepository';
import type { SuggestionRepository } from './db/suggestionRepository';
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
  families: FamilyRepository;
  links: StructureLinks;
  passages: PassageSearchRepository;
  curation: CurationRepository;
  figures: FigureRepository;
  ingestions: IngestionRepository;
  suggestions: SuggestionRepository;
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
  loaders: ContextLoaders;
}

/** DataLoaders that batch per-entity lookups within one request. */
export interface ContextLoaders {
  entity: DataLoader<string, EntityRecord | undefined>;
  relations: DataLoader<RelationsKey, RelationRecord[], string>;
  relationCount: DataLoader<CountKey, number, string>;
  passageMentions: DataLoader<string, MentionRecord[]>;
  passageUnresolvedMentions: DataLoader<string, UnresolvedMentionRecord[]>;
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
  return { requestId, repos, auth, loaders: new Loaders(repos) };
}

/**
 * The per-request DataLoaders, each made on first use: most operations select one or two of the fourteen, and building
 * all of them (closures, caches) on every request was measurable work for fields nobody asked for.
 */
class Loaders implements ContextLoaders {
  #entity?: ContextLoaders['entity'];
  #relations?: ContextLoaders['relations'];
  #relationCount?: ContextLoaders['relationCount'];
  #passageMentions?: ContextLoaders['passageMentions'];
  #passageUnresolvedMentions?: ContextLoaders['passageUnresolvedMentions'];
  #passageCitations?: ContextLoaders['passageCitations'];
  #passageFootnotes?: ContextLoaders['passageFootnotes'];
  #footnoteReference?: ContextLoaders['footnoteReference'];
  #questionAnswers?: ContextLoaders['questionAnswers'];
  #documentQuestions?: ContextLoaders['documentQuestions'];
  #questionMentions?: ContextLoaders['questionMentions'];
  #answerQuestions?: ContextLoaders['answerQuestions'];
  #answerReferences?: ContextLoaders['answerReferences'];
  #history?: ContextLoaders['history'];
  #evidencePassage?: ContextLoaders['evidencePassage'];

  constructor(private readonly repos: Repositories) {}

  get entity() {
    return (this.#entity ??= new DataLoader((ids) => this.repos.entities.byIds(ids)));
  }
  /** Every entity in a response asking for the same relation filter is served by one query. */
  get relations() {
    return (this.#relations ??= new DataLoader(
      (keys: readonly RelationsKey[]) =>
        batchByOptions(
          keys,
          (k) => JSON.stringify([k.direction, k.types, k.first, k.withEvidence, k.endProps]),
          (ids, k) =>
            this.repos.relations.ofEntities(ids, {
              direction: k.direction,
              types: k.types,
              first: k.first,
              withEvidence: k.withEvidence,
              endProps: k.endProps,
            }),
        ),
      { cacheKeyFn: (k) => JSON.stringify([k.id, k.direction, k.types, k.first, k.withEvidence, k.endProps]) },
    ));
  }
  get relationCount() {
    return (this.#relationCount ??= new DataLoader(
      (keys: readonly CountKey[]) =>
        batchByOptions(
          keys,
          (k) => JSON.stringify([k.direction, k.types]),
          (ids, k) => this.repos.relations.countOfEntities(ids, k.direction, k.types),
        ),
      { cacheKeyFn: (k) => JSON.stringify([k.id, k.direction, k.types]) },
    ));
  }
  get passageMentions() {
    return (this.#passageMentions ??= new DataLoader((ids) => this.repos.links.mentionsOfPassages(ids)));
  }
  get passageUnresolvedMentions() {
    return (this.#passageUnresolvedMentions ??= new DataLoader((ids) =>
      this.repos.links.unresolvedMentionsOfPassages(ids),
    ));
  }
  get passageCitations() {
    return (this.#passageCitations ??= new DataLoader((ids) => this.repos.links.citationsOfPassages(ids)));
  }
  get passageFootnotes() {
    return (this.#passageFootnotes ??= new DataLoader((ids) => this.repos.links.footnotesOfPassages(ids)));
  }
  get footnoteReference() {
    return (this.#footnoteReference ??= new DataLoader((ids) => this.repos.links.referencingPassages(ids)));
  }
  get questionAnswers() {
    return (this.#questionAnswers ??= new DataLoader((ids) => this.repos.links.answersOfQuestions(ids)));
  }
  get documentQuestions() {
    return (this.#documentQuestions ??= new DataLoader(
      (keys: readonly DocumentQuestionsKey[]) =>
        Promise.all(keys.map((k) => this.repos.documents.questionsOf(k.documentId, k.faction))),
      {
        cacheKeyFn: (k) => JSON.stringify([k.documentId, k.faction]),
      },
    ));
  }
  get questionMentions() {
    return (this.#questionMentions ??= new DataLoader((ids) => this.repos.links.mentionsOfQuestions(ids)));
  }
  get answerQuestions() {
    return (this.#answerQuestions ??= new DataLoader((ids) => this.repos.links.questionsOfAnswers(ids)));
  }
  get answerReferences() {
    return (this.#answerReferences ??= new DataLoader((ids) => this.repos.links.referencesOfAnswers(ids)));
  }
  get history() {
    return (this.#history ??= new DataLoader((ids) => this.repos.curation.historyOf(ids)));
  }
  get evidencePassage() {
    return (this.#evidencePassage ??= new DataLoader(
      (keys: readonly EvidenceKey[]) => this.repos.links.evidencePassages(keys),
      { cacheKeyFn: (k) => JSON.stringify([k.documentId, k.page, k.quote]) },
    ));
  }
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
      const values = await run(
        idx.map((i) => (keys[i] as K).id),
        keys[idx[0] as number] as K,
      );
      idx.forEach((i, j) => (out[i] = values[j] as V));
    }),
  );
  return out;
}
