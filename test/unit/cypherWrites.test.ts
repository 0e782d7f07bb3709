import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { SuggestionRepository } from '../../src/db/suggestionRepository';
import { CurationRepository } from '../../src/db/curationRepository';
import { DocumentRepository } from '../../src/db/documentRepository';
import type { Executor } from '../../src/db/executor';
import { PassageSearchRepository } from '../../src/db/passageSearchRepository';
import { StructureLinks } from '../../src/db/structureLinks';
import { EntityType, FigureKind, RelationType } from '../../src/generated/graphql';
import { parseDocument } from '../../src/ingest/parseDocument';
import { writeDocument } from '../../src/ingest/writeDocument';
import { loadSeeds } from '../../src/seeding/loadSeeds';
import { seedCatalogue } from '../support/catalogueFixture';

/**
 * The repositories and write paths that cypherParams.test.ts does not cover, checked without a database: a
 * recording executor captures every statement with its parameters, answers with canned rows where the code needs
 * one to go on, and the snapshot shows the formatted Cypher next to the parameter names. A user value may only
 * ever appear in the parameters.
 */
type Row = Record<string, unknown>;
interface Call {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}
const calls: Call[] = [];
let answer: (cypher: string) => Row[] = () => [];

const record = (row: Row) => ({
  get: (k: string) => row[k],
  toObject: () => row,
  keys: Object.keys(row),
  has: (k: string) => k in row,
});
const zeroCounters = {
  updates: () => ({
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  }),
};
function txFor(name: string) {
  return {
    run: async (cypher: string, params: Record<string, unknown> = {}) => {
      calls.push({ name, cypher, params });
      return { records: answer(cypher).map(record), summary: { counters: zeroCounters } };
    },
  };
}
const recorder = {
  read: async (name: string, work: (tx: unknown) => unknown) => work(txFor(name)),
  write: async (name: string, work: (tx: unknown) => unknown) => work(txFor(name)),
  schema: async () => undefined,
} as unknown as Executor;

const EVIL = "x' OR 1=1 // `}) MATCH (n) DETACH DELETE n";

/** Cypher with its indentation folded, so a re-indent alone does not churn the snapshot. */
const formatted = (cypher: string) =>
  cypher
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

/** Parameters as the snapshot shows them: integers marked, long row lists cut to their first row. */
function shown(v: unknown): unknown {
  if (neo4j.isInt(v)) return `int(${String(v)})`;
  if (Array.isArray(v)) return v.length > 2 ? [...v.slice(0, 1).map(shown), `… ${v.length - 1} more`] : v.map(shown);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, shown(x)]),
    );
  // A staged write's id, a Change's id and its time differ on every run: shown as placeholders so the snapshot stays stable.
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v)) return '<time>';
  if (typeof v === 'string' && /^(retired-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v))
    return v.replace(/[0-9a-f-]{36}$/, '<stage id>');
  return typeof v === 'string' && v.length > 80 ? `${v.slice(0, 77)}…` : v;
}

function expectParameterised(): void {
  expect(calls.length).toBeGreaterThan(0);
  for (const { cypher, params } of calls) {
    expect(cypher).not.toContain(EVIL);
    expect(cypher).not.toContain('x OR 1 1');
    for (const [k, v] of Object.entries(params))
      if (/^(limit|first|candidates|skip)$/i.test(k)) expect(neo4j.isInt(v)).toBe(true);
  }
}

const snapshot = () => calls.map((c) => ({ name: c.name, cypher: formatted(c.cypher), params: shown(c.params) }));

beforeEach(() => {
  calls.length = 0;
  answer = () => [];
});

describe('reads send user values as parameters only', () => {
  it('documents: parts, questions, answers, footnotes, citations, joins, ingestion, passages, citation targets', async () => {
    const repo = new DocumentRepository(recorder);
    await repo.parts(EVIL);
    await repo.questionsOf(EVIL, EVIL);
    await repo.documentWithQuestions(EVIL, EVIL, true);
    await repo.answersOf(EVIL);
    await repo.footnotesOf(EVIL);
    await repo.citationsOf(EVIL);
    await repo.joinsOf(EVIL);
    await repo.unresolvedMentionsOf(EVIL);
    await repo.ingestionOf(EVIL);
    await repo.passagesOf(EVIL, 3, null, 5, null);
    await repo.questions({
      faction: EVIL,
      mentions: EVIL,
      answered: true,
      documentId: EVIL,
      first: 5,
      after: null,
    } as never);
    await repo.citationTarget(EVIL);
    expectParameterised();
    expect(snapshot()).toMatchSnapshot();
  });

  it('passage search, mentions and the structure links the DataLoaders batch', async () => {
    const passages = new PassageSearchRepository(recorder);
    await passages.search(EVIL, EVIL, 5);
    await passages.mentionedIn(EVIL, 5, null);
    const links = new StructureLinks(recorder);
    await links.mentionsOfPassages([EVIL]);
    await links.unresolvedMentionsOfPassages([EVIL]);
    await links.citationsOfPassages([EVIL]);
    await links.footnotesOfPassages([EVIL]);
    await links.referencingPassages([EVIL]);
    await links.answersOfQuestions([EVIL]);
    await links.mentionsOfQuestions([EVIL]);
    await links.questionsOfAnswers([EVIL]);
    await links.referencesOfAnswers([EVIL]);
    await links.evidencePassages([{ documentId: EVIL, page: 2, quote: EVIL }]);
    expectParameterised();
    expect(snapshot()).toMatchSnapshot();
  });
});

describe('writes send user values as parameters only', () => {
  const actor = { name: EVIL, admin: true };
  const page = `De tekst van de pagina met het citaat ${EVIL} erin.`;

  it('curator writes: create and update an entity, add and retract a relation, each with its Change', async () => {
    answer = (cypher) => {
      if (cypher.includes('RETURN n {.name'))
        return [{ v: { name: 'x', aliases: [], description: null, kind: null, identifiers: [] } }];
      if (cypher.includes('n.type AS type'))
        return [
          { id: 'a', type: 'ORGANISATION' },
          { id: 'b', type: 'PROGRAMME' },
        ];
      if (cypher.includes('count(x) AS c')) return [{ c: 0 }];
      if (cypher.includes('AS pages')) return [{ type: 'DOCUMENT', pages: [page] }];
      if (cypher.includes('RETURN {') && cypher.includes('{id: $id}]->(b:Entity {id: $to})'))
        return [
          {
            rel: { id: 'a--RUNS-->b', type: 'RUNS', origin: 'seed', from: { id: 'a' }, to: { id: 'b' }, evidence: [] },
          },
        ];
      return [];
    };
    const repo = new CurationRepository(recorder);
    await repo.createEntity(actor, {
      id: 'nieuw-ding',
      type: EntityType.Programme,
      name: EVIL,
      aliases: [EVIL],
      description: EVIL,
      identifiers: [],
    });
    await repo.updateEntity(actor, 'nieuw-ding', { name: EVIL, description: EVIL });
    await repo.addRelation(actor, {
      from: 'a',
      type: RelationType.Runs,
      to: 'b',
      evidence: [{ documentId: 'doc', page: 1, quote: EVIL }],
    });
    await repo.retractRelation(actor, 'a--RUNS-->b', EVIL);
    await repo.historyOf([EVIL]);
    expectParameterised();
    expect(snapshot()).toMatchSnapshot();
  });

  it('the review queue: list, accept a relation suggestion with edits, reject with a reason', async () => {
    const suggestion = {
      id: 'sug-1',
      kind: 'RELATION',
      status: 'PENDING',
      documentId: 'doc',
      page: 1,
      sentence: page,
      relationType: 'RUNS',
      fromId: 'a',
      fromExisting: true,
      toId: 'b',
      toExisting: true,
      aliases: [],
      passage: null,
    };
    answer = (cypher) => {
      if (cypher.includes('MATCH (s:Suggestion {id: $id})')) return [{ s: suggestion }];
      if (cypher.includes('n.type AS type'))
        return [
          { id: 'a', type: 'ORGANISATION' },
          { id: 'b', type: 'PROGRAMME' },
        ];
      if (cypher.includes('count(x) AS c')) return [{ c: 0 }];
      if (cypher.includes('AS pages')) return [{ type: 'DOCUMENT', pages: [page] }];
      if (cypher.includes('RETURN {')) return [{ rel: { id: 'a--RUNS-->b', evidence: [] } }];
      return [];
    };
    const repo = new SuggestionRepository(recorder);
    await (
      await repo.list({ status: null, documentId: EVIL, kind: null, type: null, first: 10, after: null })
    ).totalCount();
    await repo.accept(actor, EVIL, { quote: EVIL });
    await repo.reject(actor, EVIL, EVIL);
    expectParameterised();
    expect(snapshot()).toMatchSnapshot();
  });

  it('the seed loader: entities, relations, stale removal and the seed version', async () => {
    await loadSeeds(
      recorder,
      {
        version: 'v1',
        entities: [
          {
            id: 'coa',
            type: EntityType.Organisation,
            name: EVIL,
            aliases: [EVIL],
            description: EVIL,
            identifiers: [],
          } as never,
        ],
        relations: [
          {
            id: 'coa--RUNS-->vrip',
            from: 'coa',
            type: RelationType.Runs,
            to: 'vrip',
            evidence: [{ document: 'doc', page: 1, quote: EVIL }],
          },
        ],
        figures: [
          {
            id: 'fig-x',
            kind: FigureKind.Date,
            date: '2024',
            measures: EVIL,
            about: 'coa',
            text: EVIL,
            document: 'doc',
            page: 1,
            quote: EVIL,
          },
        ],
      },
      { force: true },
    );
    expectParameterised();
    expect(snapshot()).toMatchSnapshot();
  });

  it('the ingest writer: document, passages, structure, citations, mentions and the ingestion record', async () => {
    const text = fs.readFileSync(path.join(__dirname, '../fixtures/ingest/vso-klein.txt'), 'utf8');
    const doc = parseDocument(`${text}\n\nEen slotzin die de waarde ${EVIL} letterlijk bevat, als gewone tekst.\n`, {
      id: 'vso-klein',
      sourceName: 'vso-klein.txt',
      catalogue: seedCatalogue(),
    });
    answer = (cypher) =>
      cypher.includes('OPTIONAL MATCH (e:Entity {id: $id})')
        ? [
            {
              type: null,
              origin: null,
              name: null,
              version: null,
              sourceName: null,
              title: null,
              sourceIdentifier: null,
              createdEntities: [],
            },
          ]
        : [];
    await writeDocument(recorder, doc);
    expectParameterised();
    expect(snapshot()).toMatchSnapshot();
  });
});
