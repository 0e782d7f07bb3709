import { EntityType as E, RelationType as R } from '../generated/graphql';

/**
 * The meaning of every relationship type, as data: labels in Dutch and English, a definition, the entity types a
 * relationship may start at (`from`, its domain) and end at (`to`, its range), the Dutch inverse reading, and
 * whether the statement holds only for a period (`needsDate`). The SDL enum `RelationType` stays the contract;
 * this table is keyed by it, so a type added to the SDL fails typecheck until its meaning is written here, and a
 * test checks that the two list the same types. The seed validator and the curators' write API both refuse a
 * relationship whose ends are outside `from`/`to`, so a researcher who filters on a type gets what it says.
 */
export interface RelationTypeMeaning {
  readonly type: R;
  readonly labelNl: string;
  readonly labelEn: string;
  readonly definition: string;
  /** How the relationship reads from its end: `to` <inverseNl> `from` ("wordt uitgevoerd door"). */
  readonly inverseNl: string;
  readonly from: readonly E[];
  readonly to: readonly E[];
  /**
   * True when the statement is true only for a time (a membership, an office): its evidence must come from a
   * dated document, so a reader can tell when it held.
   */
  readonly needsDate: boolean;
}

const {
  Organisation: ORG,
  Person: PERSON,
  Faction: FACTION,
  Programme: PROG,
  Law: LAW,
  Document: DOC,
  Topic: TOPIC,
  TargetGroup: GROUP,
  Commitment: COMMIT,
  Funding: FUND,
} = E;
const ANY_SUBJECT = [ORG, PROG, LAW, DOC, TOPIC, GROUP, COMMIT, FUND] as const;

type Row = Omit<RelationTypeMeaning, 'type' | 'needsDate'> & { needsDate?: boolean };

const TABLE: Readonly<Record<R, Row>> = {
  [R.MemberOf]: {
    labelNl: 'is lid van',
    labelEn: 'member of',
    definition: 'A person is a member of a faction, committee or body.',
    inverseNl: 'heeft als lid',
    from: [PERSON],
    to: [FACTION, ORG],
    needsDate: true,
  },
  [R.Chairs]: {
    labelNl: 'is voorzitter van',
    labelEn: 'chairs',
    definition: 'A person chairs a committee or body (voorzitter).',
    inverseNl: 'wordt voorgezeten door',
    from: [PERSON],
    to: [ORG],
    needsDate: true,
  },
  [R.ViceChairs]: {
    labelNl: 'is ondervoorzitter van',
    labelEn: 'vice-chairs',
    definition: 'A person is vice-chair of a committee or body (ondervoorzitter).',
    inverseNl: 'heeft als ondervoorzitter',
    from: [PERSON],
    to: [ORG],
    needsDate: true,
  },
  [R.ClerkOf]: {
    labelNl: 'is griffier van',
    labelEn: 'clerk of',
    definition: 'A person is the clerk (griffier) of a committee or of a report.',
    inverseNl: 'heeft als griffier',
    from: [PERSON],
    to: [ORG, DOC],
    needsDate: true,
  },
  [R.HoldsOffice]: {
    labelNl: 'bekleedt het ambt',
    labelEn: 'holds office',
    definition:
      'A person holds an office (e.g. I. Coenradie holds the office of Staatssecretaris van Justitie en Veiligheid).',
    inverseNl: 'wordt bekleed door',
    from: [PERSON],
    to: [ORG],
    needsDate: true,
  },
  [R.PartOf]: {
    labelNl: 'is onderdeel van',
    labelEn: 'part of',
    definition:
      'Something is a part, member or instrument of something larger of a comparable kind: an office of a ministry, a letter of a report, a component of a programme, a subgroup of a group, a municipality of the municipalities, an instrument of the lerend stelsel.',
    inverseNl: 'omvat',
    from: [ORG, DOC, PROG, LAW, GROUP, FUND],
    to: [ORG, DOC, PROG, LAW, GROUP, TOPIC],
  },
  [R.ResponsibleFor]: {
    labelNl: 'is verantwoordelijk voor',
    labelEn: 'responsible for',
    definition:
      'An organisation or office is responsible for a task, programme, law or policy area (the text says it is its responsibility or duty).',
    inverseNl: 'valt onder de verantwoordelijkheid van',
    from: [ORG],
    to: [TOPIC, PROG, LAW],
    needsDate: true,
  },
  [R.WorksOn]: {
    labelNl: 'werkt aan',
    labelEn: 'works on',
    definition: 'An organisation or office is working on (elaborating, preparing) a plan, measure or document.',
    inverseNl: 'wordt uitgewerkt door',
    from: [ORG],
    to: [TOPIC, PROG, COMMIT, DOC],
    needsDate: true,
  },
  [R.Runs]: {
    labelNl: 'voert uit',
    labelEn: 'runs',
    definition: 'An organisation carries out (operates) a programme or activity.',
    inverseNl: 'wordt uitgevoerd door',
    from: [ORG],
    to: [PROG],
  },
  [R.Offers]: {
    labelNl: 'biedt aan',
    labelEn: 'offers',
    definition: 'An organisation offers a programme or service to its participants.',
    inverseNl: 'wordt aangeboden door',
    from: [ORG],
    to: [PROG],
  },
  [R.Organises]: {
    labelNl: 'organiseert',
    labelEn: 'organises',
    definition: 'An organisation organises an activity, meeting or network.',
    inverseNl: 'wordt georganiseerd door',
    from: [ORG],
    to: [PROG],
  },
  [R.Developed]: {
    labelNl: 'ontwikkelde',
    labelEn: 'developed',
    definition: 'An organisation developed a programme, training, tool or document.',
    inverseNl: 'is ontwikkeld door',
    from: [ORG],
    to: [PROG, DOC],
  },
  [R.Funds]: {
    labelNl: 'financiert',
    labelEn: 'funds',
    definition: 'An organisation, office or funding pays for, subsidises or invests in something.',
    inverseNl: 'wordt gefinancierd door',
    from: [ORG, FUND],
    to: [PROG, ORG, GROUP, TOPIC],
  },
  [R.Provides]: {
    labelNl: 'stelt beschikbaar',
    labelEn: 'provides',
    definition: 'An organisation or office makes a funding, loan, service or facility available.',
    inverseNl: 'wordt beschikbaar gesteld door',
    from: [ORG],
    to: [FUND, PROG],
  },
  [R.Benefits]: {
    labelNl: 'komt ten goede aan',
    labelEn: 'benefits',
    definition: 'A funding, programme, law or measure benefits (goes to, is for) a target group or organisation.',
    inverseNl: 'ontvangt of profiteert van',
    from: [FUND, PROG, LAW, COMMIT],
    to: [GROUP, ORG],
  },
  [R.Published]: {
    labelNl: 'publiceerde',
    labelEn: 'published',
    definition: 'An organisation published a document, report or study.',
    inverseNl: 'is gepubliceerd door',
    from: [ORG],
    to: [DOC],
  },
  [R.Authored]: {
    labelNl: 'schreef',
    labelEn: 'authored',
    definition: 'A person or office wrote, signed or sent a document.',
    inverseNl: 'is geschreven door',
    from: [PERSON, ORG],
    to: [DOC],
  },
  [R.AddressedTo]: {
    labelNl: 'is gericht aan',
    labelEn: 'addressed to',
    definition: 'A document (letter) is addressed to an organisation, office or person.',
    inverseNl: 'ontving',
    from: [DOC],
    to: [ORG, PERSON],
  },
  [R.Cites]: {
    labelNl: 'verwijst naar',
    labelEn: 'cites',
    definition: 'A document cites another document, a law or a commitment.',
    inverseNl: 'wordt aangehaald in',
    from: [DOC],
    to: [DOC, LAW, COMMIT],
  },
  [R.Evaluates]: {
    labelNl: 'evalueert',
    labelEn: 'evaluates',
    definition: 'A study, evaluation or commitment evaluates a law, programme or policy.',
    inverseNl: 'wordt geëvalueerd door',
    from: [DOC, COMMIT],
    to: [LAW, PROG, TOPIC],
  },
  [R.Amends]: {
    labelNl: 'wijzigt',
    labelEn: 'amends',
    definition: 'A law, bill or commitment amends (or intends to amend) a law.',
    inverseNl: 'wordt gewijzigd door',
    from: [LAW, COMMIT],
    to: [LAW],
  },
  [R.Replaces]: {
    labelNl: 'vervangt',
    labelEn: 'replaces',
    definition: 'A law replaces an earlier law.',
    inverseNl: 'wordt vervangen door',
    from: [LAW],
    to: [LAW],
  },
  [R.Governs]: {
    labelNl: 'is de wettelijke grondslag van',
    labelEn: 'governs',
    definition:
      'A law is the legal basis or framework of a programme, route, obligation, arrangement or funding. Not a goal (HAS_GOAL), not a norm a plan must respect (CONSTRAINS).',
    inverseNl: 'berust op',
    from: [LAW],
    to: [PROG, TOPIC, FUND],
  },
  [R.HasGoal]: {
    labelNl: 'heeft als doel',
    labelEn: 'has goal',
    definition:
      'A law, programme or measure has this goal or ambition (doel, doelstelling, ambitie) according to the text.',
    inverseNl: 'is een doel van',
    from: [LAW, PROG, COMMIT],
    to: [TOPIC],
  },
  [R.Constrains]: {
    labelNl: 'stelt kaders aan',
    labelEn: 'constrains',
    definition: 'A law, directive or plan sets norms or ambitions that a plan or measure must respect.',
    inverseNl: 'moet voldoen aan',
    from: [LAW, DOC],
    to: [TOPIC, PROG, COMMIT],
  },
  [R.AppliesTo]: {
    labelNl: 'is van toepassing op',
    labelEn: 'applies to',
    definition: 'A law or obligation applies to a target group or organisation.',
    inverseNl: 'valt onder',
    from: [LAW, TOPIC],
    to: [GROUP, ORG],
  },
  [R.Excludes]: {
    labelNl: 'sluit uit',
    labelEn: 'excludes',
    definition: 'A law or obligation explicitly does not apply to a target group.',
    inverseNl: 'valt niet onder',
    from: [LAW, TOPIC],
    to: [GROUP],
  },
  [R.Targets]: {
    labelNl: 'is gericht op',
    labelEn: 'targets',
    definition:
      'A programme, commitment, funding or law is aimed at a target group. Only target groups: an organisation is reached by BENEFITS or INVOLVES.',
    inverseNl: 'is doelgroep van',
    from: [PROG, COMMIT, FUND, LAW],
    to: [GROUP],
  },
  [R.DifficultFor]: {
    labelNl: 'is moeilijk voor',
    labelEn: 'difficult for',
    definition: 'The text says a programme or route is hard to complete, or goes too fast, for a group.',
    inverseNl: 'ervaart moeite met',
    from: [PROG, TOPIC],
    to: [GROUP],
  },
  [R.HamperedBy]: {
    labelNl: 'wordt belemmerd door',
    labelEn: 'hampered by',
    definition: 'Something is hampered by a problem or lack the text names (knelpunt, drempel, gebrek aan).',
    inverseNl: 'belemmert',
    from: [PROG, TOPIC, GROUP],
    to: [TOPIC],
  },
  [R.Concerns]: {
    labelNl: 'gaat over',
    labelEn: 'concerns',
    definition:
      'The subject of a document, question or commitment: what it is about. Only documents and commitments are about things; other links have their own types.',
    inverseNl: 'is onderwerp van',
    from: [DOC, COMMIT],
    to: ANY_SUBJECT,
  },
  [R.BasedOn]: {
    labelNl: 'is gebaseerd op',
    labelEn: 'based on',
    definition: 'A commitment or document rests on (is based on) a study or document.',
    inverseNl: 'is de basis van',
    from: [COMMIT, DOC],
    to: [DOC],
  },
  [R.Fulfils]: {
    labelNl: 'geeft uitvoering aan',
    labelEn: 'fulfils',
    definition: 'A document is written to carry out a commitment (the commitment is its reason).',
    inverseNl: 'wordt uitgevoerd met',
    from: [DOC],
    to: [COMMIT],
  },
  [R.AgreedWith]: {
    labelNl: 'is afgesproken met',
    labelEn: 'agreed with',
    definition:
      'Two parties agreed something, or a commitment was agreed with a party (the agreement is in the evidence).',
    inverseNl: 'maakte een afspraak met',
    from: [ORG, COMMIT],
    to: [ORG],
  },
  [R.CooperatesWith]: {
    labelNl: 'werkt samen met',
    labelEn: 'cooperates with',
    definition: 'Two parties work together on something.',
    inverseNl: 'werkt samen met',
    from: [ORG],
    to: [ORG],
  },
  [R.Consults]: {
    labelNl: 'overlegt met',
    labelEn: 'consults',
    definition: 'An organisation or office consults with another party.',
    inverseNl: 'wordt geraadpleegd door',
    from: [ORG],
    to: [ORG],
  },
  [R.Supports]: {
    labelNl: 'ondersteunt',
    labelEn: 'supports',
    definition: 'An organisation or office supports another party in a task.',
    inverseNl: 'wordt ondersteund door',
    from: [ORG],
    to: [ORG],
  },
  [R.Informs]: {
    labelNl: 'informeert',
    labelEn: 'informs',
    definition: 'A party informs or shares knowledge with another party.',
    inverseNl: 'wordt geïnformeerd door',
    from: [ORG],
    to: [ORG],
  },
  [R.Implements]: {
    labelNl: 'voert uit (wet)',
    labelEn: 'implements',
    definition: 'An organisation carries out (implements) a law.',
    inverseNl: 'wordt uitgevoerd door',
    from: [ORG],
    to: [LAW],
  },
  [R.Proposed]: {
    labelNl: 'stelde voor',
    labelEn: 'proposed',
    definition: 'An office or government proposed a bill or measure.',
    inverseNl: 'is voorgesteld door',
    from: [ORG],
    to: [LAW, TOPIC, PROG],
  },
  [R.CommittedTo]: {
    labelNl: 'zegde toe',
    labelEn: 'committed to',
    definition:
      'An office-holder, government or organisation made a commitment or stated an intention: its owner, and only the party the text names (a passive sentence has no owner).',
    inverseNl: 'is toegezegd door',
    from: [ORG, PERSON],
    to: [COMMIT],
  },
  [R.GivenTo]: {
    labelNl: 'is gedaan aan',
    labelEn: 'given to',
    definition:
      'A commitment was given to a person, faction or body: the member who obtained it, or the faction whose question it answers.',
    inverseNl: 'kreeg de toezegging',
    from: [COMMIT],
    to: [PERSON, FACTION, ORG],
  },
  [R.Involves]: {
    labelNl: 'betrekt',
    labelEn: 'involves',
    definition:
      'A party the text names as taking part in carrying out a commitment (with whom, or who is asked or urged to act); not its owner.',
    inverseNl: 'is betrokken bij',
    from: [COMMIT],
    to: [ORG, PERSON],
  },
  [R.AnnouncedIn]: {
    labelNl: 'is aangekondigd in',
    labelEn: 'announced in',
    definition: 'A commitment, plan or measure was announced in a document.',
    inverseNl: 'kondigt aan',
    from: [COMMIT, TOPIC, PROG],
    to: [DOC],
  },
  [R.AskedQuestionsIn]: {
    labelNl: 'stelde vragen in',
    labelEn: 'asked questions in',
    definition: 'A faction asked written questions in a document.',
    inverseNl: 'bevat vragen van',
    from: [FACTION],
    to: [DOC],
  },
  [R.JoinsQuestionsOf]: {
    labelNl: 'sluit zich aan bij de vragen van',
    labelEn: 'joins questions of',
    definition: 'A faction joins (sluit zich aan bij) the questions of another faction.',
    inverseNl: 'krijgt bijval voor haar vragen van',
    from: [FACTION],
    to: [FACTION],
  },
  [R.AnsweredIn]: {
    labelNl: 'beantwoordde in',
    labelEn: 'answered in',
    definition: 'An office-holder or organisation answered questions in a document.',
    inverseNl: 'bevat antwoorden van',
    from: [ORG, PERSON],
    to: [DOC],
  },
  [R.Requested]: {
    labelNl: 'verzocht',
    labelEn: 'requested',
    definition: 'An organisation requested another party to do something (the request is in the evidence).',
    inverseNl: 'werd verzocht door',
    from: [ORG],
    to: [ORG, PERSON],
  },
};

/** Every relationship type with its meaning, in the order of the SDL enum (the table is written in that order; a test checks it). */
export const RELATION_VOCABULARY: readonly RelationTypeMeaning[] = (Object.keys(TABLE) as R[]).map((type) => ({
  type,
  ...TABLE[type],
  needsDate: TABLE[type].needsDate ?? false,
}));

const BY_TYPE: ReadonlyMap<R, RelationTypeMeaning> = new Map(RELATION_VOCABULARY.map((m) => [m.type, m]));

export function meaningOf(type: R): RelationTypeMeaning {
  return BY_TYPE.get(type) as RelationTypeMeaning;
}

/** What is wrong with a relationship's ends for its type, or null. The message names the relation, the end and the allowed types. */
export function domainRangeError(
  type: R,
  from: { id: string; type: E },
  to: { id: string; type: E },
): { end: 'from' | 'to'; reason: string } | null {
  const m = meaningOf(type);
  if (!m.from.includes(from.type)) {
    return {
      end: 'from',
      reason: `${from.id} ${type} ${to.id}: the start "${from.id}" is a ${from.type}, but ${type} starts only at ${m.from.join(', ')}`,
    };
  }
  if (!m.to.includes(to.type)) {
    return {
      end: 'to',
      reason: `${from.id} ${type} ${to.id}: the end "${to.id}" is a ${to.type}, but ${type} ends only at ${m.to.join(', ')}`,
    };
  }
  return null;
}
