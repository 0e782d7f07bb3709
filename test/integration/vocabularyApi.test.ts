import { ok as okOn, gql as gqlOn } from '../support/apiClient';
import { useSeededApi } from '../support/seededApi';
import { seedSet } from '../support/testDb';

const api = useSeededApi();
const ok = <T = any>(query: string, variables?: Record<string, unknown>) => okOn<T>(api.server, query, variables);

describe('relationTypes', () => {
  it('gives every type its labels, definition, inverse reading, domain, range and whether it needs a date', async () => {
    const d = await ok<{ relationTypes: any[] }>(
      '{ relationTypes { type labelNl labelEn definition inverseNl from to needsDate } }',
    );
    const runs = d.relationTypes.find((t) => t.type === 'RUNS');
    expect(runs).toEqual({
      type: 'RUNS',
      labelNl: 'voert uit',
      labelEn: 'runs',
      definition: expect.stringContaining('operates'),
      inverseNl: 'wordt uitgevoerd door',
      from: ['ORGANISATION'],
      to: ['PROGRAMME'],
      needsDate: false,
    });
    expect(d.relationTypes.find((t) => t.type === 'TARGETS').to).toEqual(['TARGET_GROUP']);
    expect(d.relationTypes.find((t) => t.type === 'MEMBER_OF').needsDate).toBe(true);
  });
});

describe('figures', () => {
  it('answers "all amounts in euro for 2025" in one call, with the entity and the evidence', async () => {
    const d = await ok<{ figures: any[] }>(
      '{ figures(filter: { units: [EUR], year: 2025 }) { value unit year text about { id } evidence { page quote document { id } } } }',
    );
    expect(d.figures).toEqual([
      {
        value: 10000000,
        unit: 'EUR',
        year: 2025,
        text: '€10 miljoen',
        about: { id: 'f-web-taalcursussen-2025' },
        evidence: {
          page: 13,
          quote: 'In 2025 komt daar voor deze groep nogmaals €10 miljoen bij.',
          document: { id: 'ek-vso-wi2021-monitoring-2024' },
        },
      },
    ]);
  });

  it('answers "every duration of the Z-route" and of the NT2 lessons (a rate keeps its denominator)', async () => {
    const z = await ok<{ figures: any[] }>(
      '{ figures(filter: { aboutId: "z-route", kinds: [DURATION] }) { value unit measures } }',
    );
    expect(z.figures).toEqual([{ value: 800, unit: 'HOURS', measures: 'uren aan taal en participatie in de Z-route' }]);
    const nt2 = await ok<{ figures: any[] }>(
      '{ figures(filter: { aboutId: "nt2-taallessen-vrip" }) { value unit per } }',
    );
    expect(nt2.figures).toEqual([
      { value: 6, unit: 'HOURS', per: 'week' },
      { value: 4, unit: 'WEEKS', per: null },
    ]);
  });

  it('holds every figure of the seed files, dates with a date and no unit', async () => {
    const d = await ok<{ figures: any[] }>('{ figures(first: 500) { id kind value unit date } }');
    expect(d.figures).toHaveLength(seedSet().figures.length);
    for (const f of d.figures.filter((x) => x.kind === 'DATE'))
      expect(f).toMatchObject({ value: null, unit: null, date: expect.stringMatching(/^\d{4}/) });
    const r = await gqlOn(api.server, '{ figures(first: 501) { id } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('commitments that can be followed', () => {
  it('stores the recurrence, deadline, status and question, and owners only where the text names them', async () => {
    const d = await ok<{
      commitments: any;
    }>(`{ commitments(first: 100) { nodes { id ... on Commitment { date recurrence dueText status question
        owners: relations(direction: IN, types: [COMMITTED_TO]) { from { id } } } } } }`);
    const byId = new Map(d.commitments.nodes.map((c: any) => [c.id, c]));
    expect(byId.get('t03101')).toMatchObject({
      recurrence: 'ANNUAL',
      dueText: 'jaarlijks',
      owners: [{ from: { id: 'minister-szw' } }],
    });
    expect(byId.get('c-wetsevaluatie-2027')).toMatchObject({
      date: '2027',
      dueText: 'in 2027',
      question: 'GroenLinks-PvdA vraag 2',
    });
    // Passive sentences name no owner: COA was asked (by whom the text does not say); the VNG agreement is passive.
    for (const id of [
      'c-coa-studiefaciliteiten',
      'c-onderzoek-betaalbaarheid-2025',
      'c-beleidsopties-lastenvermindering-vng',
      'c-wijziging-wet-kinderopvang',
    ])
      expect((byId.get(id) as any).owners).toEqual([]);
    expect(byId.get('c-afschaffing-24-wekeneis')).toMatchObject({ status: 'DONE' });
  });
});

describe('Dutch descriptions', () => {
  it('are shown beside the English one and found by search: "schakelniveau" finds the lerend stelsel', async () => {
    const d = await ok<{ search: any[] }>(
      '{ search(text: "schakelniveau") { entity { id description descriptionNl } } }',
    );
    expect(d.search[0].entity).toMatchObject({
      id: 'lerend-stelsel',
      descriptionNl: expect.stringContaining('schakelniveau'),
    });
    expect(d.search[0].entity.description).toContain('linking');
  });

  it('every entity has one', async () => {
    const d = await ok<{ entities: any }>('{ entities(first: 100) { totalCount nodes { descriptionNl } } }');
    expect(d.entities.nodes.every((n: any) => typeof n.descriptionNl === 'string' && n.descriptionNl.length > 0)).toBe(
      true,
    );
  });
});

describe('aliases that name one thing', () => {
  it('no longer give "Wet inburgering", "kinderopvang" or "inburgeringsplichtigen" to another concept', async () => {
    const d = await ok<{ a: any; b: any; c: any }>(
      '{ a: entity(id: "wi2021") { aliases } b: entity(id: "kinderopvangtoeslag") { aliases } c: entity(id: "inburgeraars") { aliases } }',
    );
    expect(d.a.aliases).not.toContain('Wet inburgering');
    expect(d.b.aliases).not.toContain('kinderopvang');
    expect(d.c.aliases).not.toContain('inburgeringsplichtigen');
    const s = await ok<{ search: any[] }>('{ search(text: "kinderopvang") { entity { id } } }');
    expect(s.search[0].entity.id).toBe('kinderopvang');
  });
});
