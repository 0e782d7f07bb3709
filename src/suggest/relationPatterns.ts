import { EntityType as E, RelationType as R } from '../generated/graphql';
import { MODAL, V, verbTemplates } from './dutchVerbs';

/**
 * The wordings that turn two names in one sentence into a relation candidate, as data. Each is documented with an
 * example in docs/suggestions.md; the unit tests run every example.
 *
 * A template is read word by word (words are separated by single spaces):
 * - `{A}` is the relation's start (its `from`), `{B}` its end (`to`); `{X}` is a name that is skipped over;
 * - `{g}` is a gap of up to 3 words, `{G}` of up to 8 words; neither may hold another name, so a slot is the name
 *   nearest to the wording; `{d}` is up to two determiners ("de", "het", "andere", …) and counts as no distance;
 * - `{AB}` is a list of names ("tussen gemeenten en onderwijsinstellingen"): the first with each of the others;
 * - a word that is a regular expression (`(?:voert|voeren)`) is matched as such; `,` and `:` attach to the word
 *   before them;
 * - a template that starts with `^` is a Dutch inversion ("Binnen deze subsidie organiseert Divosa …"): the
 *   clause has no name before the verb.
 * Names joined by "," / "en" / "of" fill one slot together and each makes its own relation.
 *
 * `types` lists the relation types the wording can mean, most specific first: the first whose domain and range
 * (relationVocabulary.ts) fit the two ends is taken, and a candidate no type fits is discarded. So "voert … uit"
 * is RUNS for a programme and IMPLEMENTS for a law, and "COA voert Wi2021 uit" from a target group is nothing.
 */
export interface RelationPattern {
  readonly id: string;
  readonly types: readonly R[];
  readonly templates: readonly string[];
  /** How sure the wording is on its own (0..1), before the distance discount (docs/suggestions.md). */
  readonly confidence: number;
  /** An example sentence (Dutch) that the pattern must turn into `example.expect` (checked by the unit tests). */
  readonly example: { readonly sentence: string; readonly from: string; readonly to: string; readonly type: R };
  /** The wording states a negation ("vallen niet onder"): a "niet"/"geen" inside it does not cancel it. */
  readonly negated?: boolean;
  /** Both ends must be of the same entity type ("Gemeenten, zoals Meierijstad"). */
  readonly sameType?: boolean;
  /** Only in footnotes (bibliographic references: "RadarAdvies, maart 2024, Uitvoering …"). */
  readonly footnoteOnly?: boolean;
  /** The entity types the start may have, narrower than the relation types' domains. */
  readonly fromTypes?: readonly E[];
  /** The catalogue kind the end must have ("office" for "staatssecretaris" after a person's name). */
  readonly toKind?: string;
}

export const RELATION_PATTERNS: readonly RelationPattern[] = [
  {
    id: 'uitvoeren',
    types: [R.Runs, R.Implements],
    templates: [...verbTemplates(V.uitvoeren), `uitvoering van {d} {B} door {d} {A}`],
    confidence: 0.8,
    example: { sentence: 'DUO voert de examens uit.', from: 'DUO', to: 'examens', type: R.Runs },
  },
  {
    id: 'werkzaamheden-van',
    types: [R.Runs],
    templates: [
      '{B} {g} (?:omvat|omvatten|bestaat uit) {g} (?:activiteiten|werkzaamheden|taken|inzet) {g} van {d} {A}',
    ],
    confidence: 0.65,
    example: { sentence: 'Het project omvat de werkzaamheden van DUO.', from: 'DUO', to: 'project', type: R.Runs },
  },
  {
    id: 'aanbieden',
    types: [R.Offers],
    templates: [
      ...verbTemplates(V.aanbieden),
      // "Het COA biedt bewoners van het azc het programma Voorinburgering aan": the receiver before the offer.
      `{A} {g} (?:${V.aanbieden.finite}) {d} {X} {d} {B} {G} aan`,
    ],
    confidence: 0.8,
    example: {
      sentence: 'Zodra zij een status hebben, biedt DUO hen de examens aan.',
      from: 'DUO',
      to: 'examens',
      type: R.Offers,
    },
  },
  {
    id: 'aanbieden-aan',
    types: [R.Targets],
    templates: [`{X} {g} (?:${V.aanbieden.finite}) {d} {B} {d} {A} {G} aan`],
    confidence: 0.6,
    example: { sentence: 'DUO biedt nieuwkomers de examens aan.', from: 'examens', to: 'nieuwkomers', type: R.Targets },
  },
  {
    id: 'aangeboden-via',
    types: [R.Targets],
    templates: ['^[Aa]an {d} {B} {G} (?:wordt|worden) {g} via {d} {A} {G} aangeboden'],
    confidence: 0.6,
    example: {
      sentence: 'Aan nieuwkomers worden via de examens lessen aangeboden.',
      from: 'examens',
      to: 'nieuwkomers',
      type: R.Targets,
    },
  },
  {
    id: 'organiseren',
    types: [R.Organises],
    templates: verbTemplates(V.organiseren),
    confidence: 0.8,
    example: {
      sentence: 'Binnen deze subsidie organiseert DUO onder andere examens.',
      from: 'DUO',
      to: 'examens',
      type: R.Organises,
    },
  },
  {
    id: 'ontwikkelen',
    types: [R.Developed],
    templates: verbTemplates(V.ontwikkelen),
    confidence: 0.8,
    example: {
      sentence: 'De door DUO ontwikkelde examens zijn verspreid.',
      from: 'DUO',
      to: 'examens',
      type: R.Developed,
    },
  },
  {
    id: 'financieren',
    types: [R.Funds],
    templates: [
      ...verbTemplates(V.financieren),
      ...verbTemplates(V.investeren, 'in'),
      '{A} {g} (?:geeft|geven|gaf|gaven|verstrekt|verstrekken|verleent|verlenen) {g} (?:een )?subsidie aan {d} {B}',
    ],
    confidence: 0.75,
    example: { sentence: 'De gemeente financiert de examens.', from: 'gemeente', to: 'examens', type: R.Funds },
  },
  {
    id: 'beschikbaar-stellen',
    types: [R.Provides],
    templates: [...verbTemplates(V.beschikbaarStellen), ...verbTemplates(V.verstrekken)],
    confidence: 0.7,
    example: { sentence: 'DUO stelt de examens beschikbaar.', from: 'DUO', to: 'examens', type: R.Provides },
  },
  {
    id: 'ondersteunen',
    types: [R.Supports],
    templates: verbTemplates(V.ondersteunen),
    confidence: 0.75,
    example: { sentence: 'DUO ondersteunt de gemeente bij deze taak.', from: 'DUO', to: 'gemeente', type: R.Supports },
  },
  {
    id: 'informeren',
    types: [R.Informs],
    templates: [
      ...verbTemplates(V.informeren),
      '{A} {g} (?:deel|deelt|delen|deelde|deelden) {G} met {d} {B}',
      `{A} {g} ${MODAL} {G} delen met {d} {B}`,
    ],
    confidence: 0.7,
    example: {
      sentence: 'DUO kan goede praktijken delen met de gemeente.',
      from: 'DUO',
      to: 'gemeente',
      type: R.Informs,
    },
  },
  {
    id: 'gedeeld-met',
    types: [R.AddressedTo],
    templates: [
      `{A} {g} (?:is|wordt|werd|zijn|worden) {g} (?:gedeeld met|gestuurd aan|verzonden aan|gericht aan) {d} {B}`,
      // A subordinate clause puts the verb last: "… de agenda die eerder dit jaar met de Tweede Kamer is gedeeld".
      `{A} (?:die|dat) {G} met {d} {B} {g} (?:is|wordt|werd|zijn|worden) (?:gedeeld|besproken)`,
    ],
    confidence: 0.65,
    example: {
      sentence: 'De agenda die eerder met de Tweede Kamer is gedeeld.',
      from: 'agenda',
      to: 'Tweede Kamer',
      type: R.AddressedTo,
    },
  },
  {
    id: 'in-gesprek-met',
    types: [R.Consults],
    templates: [
      '{A} {g} (?:ga|gaat|gaan|ging|gingen|is|zijn|blijft|blijven) {g} in gesprek met {d} {B}',
      '{A} {g} (?:ga|gaat|gaan|ging|gingen|is|zijn|blijft|blijven) {g} met {d} {B} {g} in gesprek',
      '{A} {g} (?:overleg|overlegt|overleggen|overlegde|overlegden|voert|voeren) {g} (?:overleg )?met {d} {B}',
    ],
    confidence: 0.75,
    example: { sentence: 'Ik ga met de gemeente in gesprek.', from: 'Ik', to: 'gemeente', type: R.Consults },
  },
  {
    id: 'samen-met',
    types: [R.CooperatesWith],
    templates: [
      '^[Ss]amen met {d} {B} \\S+ {A}',
      '{A} \\S+ {X} , samen met {d} {B}',
      '{A} {G} in samenwerking met {d} {B}',
      '{A} {g} (?:werk|werkt|werken|werkte|werkten) {g} samen met {d} {B}',
    ],
    confidence: 0.65,
    example: {
      sentence: 'Samen met de gemeente zet DUO in op betere examens.',
      from: 'DUO',
      to: 'gemeente',
      type: R.CooperatesWith,
    },
  },
  {
    id: 'verantwoordelijk-voor',
    types: [R.ResponsibleFor],
    templates: [
      '{A} {g} (?:is|zijn|wordt|worden|was|waren|blijft|blijven) {g} verantwoordelijk voor {d} {B}',
      '{A} {g} (?:draagt|dragen|heeft|hebben) {g} (?:de )?verantwoordelijkheid voor {d} {B}',
      '{B} {g} (?:is|wordt|werd|zijn|worden) {g} overgedragen aan {d} {A}',
    ],
    confidence: 0.75,
    example: {
      sentence: 'De gemeente is zelf verantwoordelijk voor de examens.',
      from: 'gemeente',
      to: 'examens',
      type: R.ResponsibleFor,
    },
  },
  {
    id: 'werken-aan',
    types: [R.WorksOn],
    templates: verbTemplates(V.werkenAan, 'aan'),
    confidence: 0.6,
    example: {
      sentence: 'Op dit moment wordt door DUO gewerkt aan de uitwerking van de examens.',
      from: 'DUO',
      to: 'examens',
      type: R.WorksOn,
    },
  },
  {
    id: 'document-van',
    types: [R.Published, R.Authored],
    templates: [
      '{B} van {d} {A}',
      '^[Ii]n {d} {B} (?:heeft|hebben|had|hadden|stelt|stellen|schrijft|schrijven|kondigt|kondigen) {d} {A}',
    ],
    confidence: 0.6,
    example: {
      sentence: 'Het rapport Examens in beeld van DUO is verschenen.',
      from: 'DUO',
      to: 'Examens in beeld',
      type: R.Published,
    },
  },
  {
    id: 'bronvermelding',
    types: [R.Published, R.Authored],
    templates: ['^{A} ,? (?:\\(\\d{4}\\)|\\p{L}+\\s+\\d{4}|\\d{4}) ,? {B}'],
    confidence: 0.7,
    footnoteOnly: true,
    example: {
      sentence: '6 DUO, maart 2024, Examens in beeld.',
      from: 'DUO',
      to: 'Examens in beeld',
      type: R.Published,
    },
  },
  {
    id: 'publiceren',
    types: [R.Published, R.Authored],
    templates: verbTemplates(V.publiceren),
    confidence: 0.75,
    example: { sentence: 'DUO publiceerde Examens in beeld.', from: 'DUO', to: 'Examens in beeld', type: R.Published },
  },
  {
    id: 'evalueren',
    types: [R.Evaluates],
    templates: [
      ...verbTemplates(V.evalueren),
      '{A} {g} (?:over|naar) {G} (?:uitvoering|werking|effecten|effectiviteit|resultaten) van {d} {B}',
    ],
    confidence: 0.7,
    example: {
      sentence: 'Het rapport Examens in beeld over de uitvoering van de Wet inburgering 2021 is verschenen.',
      from: 'Examens in beeld',
      to: 'Wet inburgering 2021',
      type: R.Evaluates,
    },
  },
  {
    id: 'gaat-over',
    types: [R.Concerns],
    templates: ['{A} {g} (?:over|inzake|betreffende) {g} {B}', '{A} {g} (?:gaat|gaan|ging|gingen) over {g} {B}'],
    confidence: 0.5,
    example: {
      sentence: 'Het rapport Examens in beeld over de examens is verschenen.',
      from: 'Examens in beeld',
      to: 'examens',
      type: R.Concerns,
    },
  },
  {
    id: 'onderdeel-van',
    types: [R.PartOf],
    templates: [
      '{A} {g} (?:is|zijn|vormt|vormen|was|waren) {g} (?:een )?(?:onderdeel|deel) van {d} {B}',
      '{A} {g} (?:maakt|maken) {g} (?:deel|onderdeel) uit van {d} {B}',
      '{B} {g} (?:bestaat|bestaan) {g} uit {d} {A}',
      '{B} (?:omvat|omvatten|kent|kennen) (?:de |het |een )?{A}',
    ],
    confidence: 0.65,
    example: {
      sentence: 'Het examen is onderdeel van de inburgering.',
      from: 'examen',
      to: 'inburgering',
      type: R.PartOf,
    },
  },
  {
    id: 'voorzien-in',
    types: [R.PartOf],
    templates: [
      '{B} {g} (?:voorziet|voorzien|voorzag|voorzagen) {g} in {d} {A}',
      '^(?:voorziet|voorzien|voorzag|voorzagen) {d} {B} in {d} {A}',
    ],
    confidence: 0.6,
    example: { sentence: 'Tot slot voorziet het project in examens.', from: 'examens', to: 'project', type: R.PartOf },
  },
  {
    id: 'zoals',
    types: [R.PartOf],
    templates: ['{B} , zoals {d} {A}'],
    confidence: 0.55,
    sameType: true,
    example: { sentence: 'Gemeenten, zoals Gouda, doen dit al.', from: 'Gouda', to: 'Gemeenten', type: R.PartOf },
  },
  {
    id: 'afspraken-met',
    types: [R.AgreedWith],
    templates: [
      '(?:afspraken|afspraak|overeenkomst|convenant) {g} tussen {d} {AB}',
      '{A} {g} (?:heeft|hebben|had|hadden) {g} met {d} {B} {g} afgesproken',
      '{A} {g} (?:maakt|maken|maakte|maakten) {g} afspraken met {d} {B}',
    ],
    confidence: 0.7,
    example: {
      sentence: 'Dat hangt af van de afspraken tussen de gemeente en DUO.',
      from: 'gemeente',
      to: 'DUO',
      type: R.AgreedWith,
    },
  },
  {
    id: 'voorstel-van',
    types: [R.Proposed],
    templates: ['(?:wetsvoorstel|voorstel) van {d} {A} : {d} {B}', 'door {d} {A} (?:voorgestelde|voorgesteld) {B}'],
    confidence: 0.7,
    example: {
      sentence: 'Er ligt een wetsvoorstel van DUO: de Wet examens in balans.',
      from: 'DUO',
      to: 'Wet examens in balans',
      type: R.Proposed,
    },
  },
  {
    id: 'verzoeken',
    types: [R.Requested],
    templates: [
      '{A} {g} (?:verzoekt|verzoeken|verzocht|vraagt|vragen|vroeg|vroegen) {g} {B} {g} (?:om|te)',
      '{B} {g} (?:is|wordt|werd|zijn|worden) {g} (?:gevraagd|verzocht) door {d} {A}',
    ],
    confidence: 0.6,
    example: {
      sentence: 'De gemeente verzoekt DUO om de examens te verplaatsen.',
      from: 'gemeente',
      to: 'DUO',
      type: R.Requested,
    },
  },
  {
    id: 'in-opdracht-van',
    types: [R.Requested, R.Funds],
    templates: ['{B} {G} in opdracht van {d} {A}'],
    confidence: 0.6,
    example: {
      sentence: 'DUO voert het onderzoek in opdracht van de gemeente.',
      from: 'gemeente',
      to: 'DUO',
      type: R.Requested,
    },
  },
  {
    id: 'gericht-op',
    types: [R.Targets, R.HasGoal],
    templates: [
      '{A} {g} (?:is |zijn )?gericht op {d} {B}',
      '{A} {g} (?:beoogt|beogen|beoogde|beoogden) {d} {B} {g} te \\S+',
    ],
    confidence: 0.65,
    example: {
      sentence: 'De examens zijn gericht op nieuwkomers.',
      from: 'examens',
      to: 'nieuwkomers',
      type: R.Targets,
    },
  },
  {
    id: 'voor-doelgroep',
    types: [R.Targets, R.Benefits],
    templates: ['{A} (?:voor|bestemd voor|bedoeld voor) {d} {B}'],
    confidence: 0.5,
    // "de Wet … (WEB) voor Oekraïense ontheemden": after a law, "voor" usually belongs to the words before it.
    fromTypes: [E.Programme, E.Funding, E.Commitment],
    example: { sentence: 'Er zijn examens voor nieuwkomers.', from: 'examens', to: 'nieuwkomers', type: R.Targets },
  },
  {
    id: 'ten-goede-aan',
    types: [R.Benefits, R.Targets],
    templates: ['{A} {g} ten behoeve van {d} {B}', '{A} {g} (?:komt|komen|kwam|kwamen) {g} ten goede aan {d} {B}'],
    confidence: 0.65,
    example: {
      sentence: 'De examens komen ten goede aan de gemeente.',
      from: 'examens',
      to: 'gemeente',
      type: R.Benefits,
    },
  },
  {
    id: 'begeleiden',
    types: [R.Targets],
    templates: [
      ...verbTemplates(V.begeleiden),
      '{A} {g} om {d} {B} {g} te (?:begeleiden|ondersteunen|helpen|stimuleren|activeren|bereiken)',
      '^[Bb]ij {d} {A} (?:wordt|worden) {d} {B} {g} (?:begeleid|geholpen|ondersteund)',
      '{A} , waarin {d} {B} {G} (?:wordt|worden) {g} (?:voorbereid|begeleid|ondersteund|geholpen)',
    ],
    confidence: 0.6,
    example: {
      sentence: 'Bij de examens worden nieuwkomers begeleid naar werk.',
      from: 'examens',
      to: 'nieuwkomers',
      type: R.Targets,
    },
  },
  {
    id: 'valt-onder',
    types: [R.AppliesTo],
    templates: [
      '{B} {g} (?:valt|vallen|viel|vielen) {g} onder {d} {A}',
      '{A} {g} (?:geldt|gelden|gold|golden) {g} voor {d} {B}',
      '{A} {g} (?:is|zijn) {g} van toepassing op {d} {B}',
      '{A} {g} (?:wordt|worden|werd|werden) {g} opgelegd aan {d} {B}',
    ],
    confidence: 0.7,
    example: {
      sentence: 'Nieuwkomers vallen onder de Wet inburgering 2021.',
      from: 'Wet inburgering 2021',
      to: 'Nieuwkomers',
      type: R.AppliesTo,
    },
  },
  {
    id: 'valt-niet-onder',
    types: [R.Excludes],
    negated: true,
    templates: [
      '{B} {g} (?:valt|vallen|viel|vielen) niet onder {d} {A}',
      '^[Vv]oor {d} {B} {g} (?:zijn|is|worden|wordt) in {d} {A} geen {G} (?:vastgelegd|vastgesteld|opgenomen)',
    ],
    confidence: 0.75,
    example: {
      sentence: 'Nieuwkomers vallen niet onder de Wet inburgering 2021.',
      from: 'Wet inburgering 2021',
      to: 'Nieuwkomers',
      type: R.Excludes,
    },
  },
  {
    id: 'kader-van',
    types: [R.Governs],
    templates: [
      '{B} {G} (?:in het kader van|op grond van) {d} {A}',
      '{B} {g} (?:is|zijn|wordt|worden) {g} (?:geregeld|vastgelegd) in {d} {A}',
      '^(?:[Bb]innen|[Ii]n|[Vv]anuit) {d} {A} {g} (?:is|zijn|bestaat|bestaan) {g} (?:ruimte|aandacht|mogelijkheden) voor {d} {B}',
    ],
    confidence: 0.65,
    example: {
      sentence: 'Binnen de Wet inburgering 2021 is ruimte voor examens.',
      from: 'Wet inburgering 2021',
      to: 'examens',
      type: R.Governs,
    },
  },
  {
    id: 'heeft-als-doel',
    types: [R.HasGoal],
    templates: [
      '{A} {g} (?:heeft|hebben|had|hadden) als (?:doel|doelstelling|ambitie) {g} {B}',
      '(?:doel|doelstelling|ambitie) van {d} {A} {g} (?:is|zijn|was) {g} {B}',
    ],
    confidence: 0.7,
    example: {
      sentence: 'De Wet inburgering 2021 heeft als doel een vroege start.',
      from: 'Wet inburgering 2021',
      to: 'vroege start',
      type: R.HasGoal,
    },
  },
  {
    id: 'aangekondigd-in',
    types: [R.AnnouncedIn],
    templates: ['{A} {g} (?:is|wordt|werd|zijn|worden) {g} aangekondigd in {d} {B}'],
    confidence: 0.65,
    example: {
      sentence: 'De vroege start is aangekondigd in het Regeerprogramma.',
      from: 'vroege start',
      to: 'Regeerprogramma',
      type: R.AnnouncedIn,
    },
  },
  {
    id: 'wijzigen',
    types: [R.Amends],
    templates: verbTemplates(V.wijzigen),
    confidence: 0.7,
    example: {
      sentence: 'De Wet examens wijzigt de Wet inburgering 2021.',
      from: 'Wet examens',
      to: 'Wet inburgering 2021',
      type: R.Amends,
    },
  },
  {
    id: 'vervangen',
    types: [R.Replaces],
    templates: verbTemplates(V.vervangen),
    confidence: 0.75,
    example: {
      sentence: 'De Wet inburgering 2021 vervangt de Wet examens.',
      from: 'Wet inburgering 2021',
      to: 'Wet examens',
      type: R.Replaces,
    },
  },
  {
    id: 'lid-van',
    types: [R.MemberOf],
    templates: ['{A} {g} (?:is|zijn|was|waren|wordt|worden) {g} lid van {d} {B}', '{A} , lid van {d} {B}'],
    confidence: 0.75,
    example: { sentence: 'Vos is lid van de gemeente.', from: 'Vos', to: 'gemeente', type: R.MemberOf },
  },
  {
    id: 'voorzitter-van',
    types: [R.Chairs],
    templates: ['{A} , (?:de )?voorzitter van {d} {B}', '{A} {g} (?:is|was) {g} voorzitter van {d} {B}'],
    confidence: 0.75,
    example: { sentence: 'Vos, voorzitter van de gemeente, opende.', from: 'Vos', to: 'gemeente', type: R.Chairs },
  },
  {
    id: 'persoon-ambt',
    types: [R.HoldsOffice],
    templates: ['{A} , {B}'],
    confidence: 0.7,
    toKind: 'office',
    example: {
      sentence: 'Dit zei Vos, staatssecretaris, vandaag.',
      from: 'Vos',
      to: 'staatssecretaris',
      type: R.HoldsOffice,
    },
  },
];
