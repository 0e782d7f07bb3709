import type { Figures } from './scoreRelations';
import type { DocumentEval, SuggestEval } from './runSuggestEval';

/** Why a relation type is found rarely on the seed: the reading of the misses (see the examples below each table). */
const WHY_LOW: Record<string, string> = {
  COMMITTED_TO:
    'its ends are commitments (c-…, t03101): catalogue entities whose descriptive names the text never writes ("Ik ga in gesprek met ketenpartners" is the commitment, not a name of it); no mention, so no pattern can link them.',
  GIVEN_TO:
    'commitment to faction: the commitment is never named (see COMMITTED_TO), and the faction comes from the heading of the answer.',
  INVOLVES: 'commitment to party: the commitment is never named (see COMMITTED_TO).',
  ANNOUNCED_IN: 'commitment to document: the commitment is never named (see COMMITTED_TO).',
  BENEFITS:
    'mostly fundings (f-…) to groups: the funds are sums in the text ("15 miljoen euro", "€2 miljoen aan aanvullende middelen"), not names, so they are never mentioned.',
  PROVIDES: 'office or DUO to a funding: the funding is a sum or "een lening", never a name.',
  FUNDS:
    'half of the gold is "subsidie aan Divosa" without a named payer in the sentence, or a pronoun ("werkgevers die voor hen taallessen financieren").',
  TARGETS:
    'many are stated by anaphora ("Dit programma omvat …", "Het doel van dit programma is …") or by a noun phrase the catalogue names differently ("inburgeraars die verblijven op een AZC-locatie" for bewoners van het azc).',
  CONCERNS:
    'a third are commitments (never named); most of the rest are the curator\'s reading of what a question or letter is about, of which the question-subject rule finds the topics and groups, not the organisations ("Gemeenten, zoals Meierijstad of Gouda").',
  PART_OF:
    'instruments of the lerend stelsel are listed after "zet ik een aantal instrumenten in" in the sentence before; the link needs the previous sentence.',
  GOVERNS:
    'stated by copula or nominal phrases ("De Wi2021 is een zogenaamd lerend stelsel", "de inburgeringsplicht") that no wording pattern reads as "is the legal basis of".',
  HAS_GOAL:
    'two of three are in brackets after "de drie beleidsdoelstellingen van de wet (…)", with "de wet" as anaphora.',
  APPLIES_TO:
    'the two inburgeringsplicht relations run over a page break (the passage ends mid-sentence); "Het uitgangspunt van de Wet … blijft, dat inburgeraars …" has no wording of applying.',
  EVALUATES: 'two of three start at commitments (never named).',
  HAMPERED_BY:
    '"gezien het gebrek aan kinderopvang" names the hindrance but its subject (vrouwen met kleine kinderen) is in the sentence before.',
  DIFFICULT_FOR:
    '"Vooral binnen de Z-route is het lastig om …" and "voor wie de termijnen in de Onderwijsroute te snel gaan" name no group in the same clause, or name the route by a capitalised form the mention matcher does not link.',
  AMENDS: 'both start at commitments (never named).',
  CONSTRAINS:
    '"de normen zoals vastgesteld door de Europese Opvangrichtlijn" constrains "deze uitwerking", an anaphora of the previous sentence.',
  ADDRESSED_TO:
    'two letters are named only as "een brief" or "de brief aan de TK" (the footnote\'s address identifies it, the sentence does not).',
  AGREED_WITH: 'two of three start at commitments (never named).',
  REQUESTED: '"ontvangen deze graag binnen vier weken" is a request without a verb of requesting.',
  RUNS: '"bespreekt de casemanager van het COA" names the runner only through its employee.',
  OFFERS: '"Gemeenten ontvangen financiering voor … inburgeringsvoorziening" implies the offer without stating it.',
  BASED_ON: 'starts at a commitment (never named).',
  FULFILS: 'ends at a commitment named only by a footnote, and "deze brief" is an anaphora.',
};

const f = (n: number | null) => (n === null ? '–' : n.toFixed(3));
const row = (name: string, x: Figures) =>
  `| ${name} | ${x.gold} | ${x.suggested} | ${x.correct} | ${f(x.precision)} | ${f(x.recall)} |`;

function documentSection(d: DocumentEval, opts: { notes: boolean }): string[] {
  const lines = [
    `Source \`${d.source}\` (family ${d.family ?? 'none'}, ${d.pages} page${d.pages === 1 ? '' : 's'}).`,
    '',
    '| level | gold | suggested | correct | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('entity pair (unordered)', d.relations.pair),
    row('typed (type + direction)', d.relations.typed),
    '',
    `Abbreviation definitions: ${d.abbreviations.found} found, ${d.abbreviations.hand} in the hand list, recall ${f(d.abbreviations.recall)}` +
      (d.abbreviations.missed.length ? `; missed: ${d.abbreviations.missed.join('; ')}` : '') +
      (d.abbreviations.extra.length ? `; found beyond the list: ${d.abbreviations.extra.join('; ')}` : '') +
      '.',
  ];
  if (d.entities)
    lines.push(
      '',
      `New entities: ${d.entities.found} of ${d.entities.gold} in the gold suggested (${d.entities.suggested} entity suggestions in all)` +
        (d.entities.missed.length ? `; missed: ${d.entities.missed.join('; ')}` : '') +
        `. Aliases: ${d.aliases?.found ?? 0} of ${d.aliases?.gold ?? 0} (${d.aliases?.suggested ?? 0} suggested).`,
    );
  lines.push(
    '',
    'Per relation type (pair level: the pair found with any type; typed: same type and direction):',
    '',
    '| type | gold | suggested | pair precision | pair recall | typed precision | typed recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(d.relations.byType).map(
      ([t, x]) =>
        `| ${t} | ${x.typed.gold} | ${x.typed.suggested} | ${f(x.pair.precision)} | ${f(x.pair.recall)} | ${f(x.typed.precision)} | ${f(x.typed.recall)} |`,
    ),
  );
  if (opts.notes) {
    const low = Object.entries(d.relations.byType).filter(([, x]) => x.pair.gold > 0 && (x.pair.recall ?? 0) < 0.5);
    lines.push('', '### Types found rarely, and why', '');
    for (const [t, x] of low)
      lines.push(
        `- **${t}** (pair recall ${f(x.pair.recall)} of ${x.pair.gold}): ${WHY_LOW[t] ?? 'see the misses below.'}`,
      );
  }
  lines.push(
    '',
    `<details><summary>Suggestions the gold lacks (${d.falsePositives.length})</summary>`,
    '',
    ...d.falsePositives.map((x) => `- ${x}`),
    '',
    '</details>',
    '',
    `<details><summary>Gold relations not found at pair level (${d.misses.length})</summary>`,
    '',
    ...d.misses.map((x) => `- ${x}`),
    '',
    '</details>',
  );
  return lines;
}

/** eval/suggest-results.md: what `npm run eval:suggest` measured, with the targets and the reading of the misses. */
export function renderResults(
  r: SuggestEval,
  timing: {
    document: string;
    pages: number;
    suggestCpuMs: { median: number; min: number };
    parseCpuMs: { median: number; min: number };
    runs: number;
  },
): string {
  const t = r.seed.targets;
  const mark = (x: { met: boolean }) => (x.met ? 'met' : '**missed**');
  return [
    '# Suggestion extraction: evaluation',
    '',
    `Written by \`${r.command}\` (scripts/evalSuggest.ts); do not edit by hand. The unit test`,
    '`test/unit/suggestEval.test.ts` recomputes every figure below except the timing and fails when they differ.',
    '',
    'The seed document is run with the seed catalogue of entities and no curated relation; its gold is every curated',
    'relation whose evidence is that document (seeds/relations/). Abbreviations are scored against the hand list',
    '`eval/seed-abbreviations.yaml`. Definitions of the levels are in docs/suggestions.md.',
    '',
    '## Targets on the seed',
    '',
    '| target | wanted | measured | |',
    '| --- | ---: | ---: | --- |',
    `| pair precision | ≥ ${t.pairPrecision.target} | ${f(t.pairPrecision.value)} | ${mark(t.pairPrecision)} |`,
    `| pair recall | ≥ ${t.pairRecall.target} | ${f(t.pairRecall.value)} | ${mark(t.pairRecall)} |`,
    `| typed precision | ≥ ${t.typedPrecision.target} | ${f(t.typedPrecision.value)} | ${mark(t.typedPrecision)} |`,
    `| abbreviation recall | ≥ ${t.abbreviationRecall.target} | ${f(t.abbreviationRecall.value)} | ${mark(t.abbreviationRecall)} |`,
    '',
    `Time: ${timing.suggestCpuMs.median} ms CPU per run of suggestFromDocument on the ${timing.pages}-page seed`,
    `(median of ${timing.runs}, minimum ${timing.suggestCpuMs.min}), beside ${timing.parseCpuMs.median} ms`,
    `(minimum ${timing.parseCpuMs.min}) for parseDocument on the same text. Measured on a shared two-core machine`,
    'under load: compare the two figures rather than read them as absolute.',
    '',
    `## Seed: ${r.seed.document}`,
    '',
    ...documentSection(r.seed, { notes: true }),
    '',
    '## Fixtures of other families',
    '',
    'Invented texts in the real layouts with hand-made gold (eval/fixtures/); their gold also scores new entities',
    'and aliases (`new:<name>` ends). The Kamerbrief and the commissiedebat were written while the rules were',
    'developed, so their figures are optimistic. The other two were each scored once held out, and the misses then',
    'led to general rules for their families, so their figures below are no longer held out; the held-out runs were:',
    '',
    '| fixture | held-out pair precision | held-out pair recall | what was added after it |',
    '| --- | ---: | ---: | --- |',
    '| schriftelijke vragen (ah-tk-20242025-1502) | 0.500 | 0.333 | the header: addressee and answering office |',
    '| TK VSO (kst-32824-495) | 0.400 | 0.133 | a closing signature of a document without letters, "ik" in its answers, questions outside letters, the committee that issues a VSO |',
    '',
    'Misses that remain on them are mostly generic nouns that no convention makes a name ("een handreiking", "een',
    'rapport", "taallessen") and the linking of one-word names written in another case ("de onderwijsroute").',
    '',
    ...r.fixtures.flatMap((d) => [`### ${d.document}`, '', ...documentSection(d, { notes: false }), '']),
  ].join('\n');
}
