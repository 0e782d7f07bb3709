/**
 * Dutch verbs as the relation patterns use them: each verb's forms once, and the templates of every voice made
 * from them (relationPatterns.ts explains the template notation).
 */

/** The finite forms, participle and infinitives of a verb; `particle` for separable verbs ("voert … uit"). */
export interface Verb {
  readonly finite: string;
  readonly participle: string;
  readonly infinitive: string;
  readonly particle?: string;
}

const AUX_PASSIVE = '(?:wordt|worden|werd|werden|is|zijn|was|waren)';
const AUX_PERFECT = '(?:heeft|hebben|had|hadden)';
export const MODAL = '(?:kan|kunnen|zal|zullen|wil|willen|moet|moeten|gaat|gaan|ga|blijft|blijven)';

/**
 * The templates of a transitive verb in the voices a sentence can use: active, inverted, perfect, with a modal,
 * passive with "door", and the participle before the noun ("de door KIS ontwikkelde e-learning"). `prep` is the
 * preposition a prepositional object takes ("investeert in", "werkt aan").
 */
export function verbTemplates(v: Verb, prep = ''): string[] {
  const obj = prep ? `${prep} {d} {B}` : '{G} {B}';
  const tail = v.particle ? ` {G} ${v.particle}` : '';
  const active = [
    `{A} {g} (?:${v.finite}) ${obj}${tail}`,
    `^(?:${v.finite}) {A} ${obj}${tail}`,
    `{A} {g} ${AUX_PERFECT} ${prep ? obj : '{G} {B}'} {G} (?:${v.participle})`,
    `{A} {g} ${MODAL} ${prep ? obj : '{G} {B}'} {G} (?:${v.infinitive})`,
  ];
  const passive = prep
    ? [`door {d} {A} {g} (?:${v.participle}) ${prep} {G} {B}`]
    : [
        `{B} {g} ${AUX_PASSIVE} {G} (?:${v.participle}) door {d} {A}`,
        `{B} {g} ${AUX_PASSIVE} door {d} {A} {G} (?:${v.participle})`,
        `door {d} {A} {g} (?:${v.participle})e? {B}`,
      ];
  return [...active, ...passive];
}

export const V = {
  uitvoeren: {
    finite: 'voer|voert|voeren|voerde|voerden',
    particle: 'uit',
    participle: 'uitgevoerd',
    infinitive: 'uitvoeren|uit te voeren',
  },
  aanbieden: {
    finite: 'bied|biedt|bieden|bood|boden',
    particle: 'aan',
    participle: 'aangeboden',
    infinitive: 'aanbieden|aan te bieden',
  },
  organiseren: {
    finite: 'organiseer|organiseert|organiseren|organiseerde|organiseerden',
    participle: 'georganiseerd',
    infinitive: 'organiseren|te organiseren',
  },
  ontwikkelen: {
    finite: 'ontwikkel|ontwikkelt|ontwikkelen|ontwikkelde|ontwikkelden',
    participle: 'ontwikkeld',
    infinitive: 'ontwikkelen|te ontwikkelen',
  },
  financieren: {
    finite:
      'financier|financiert|financieren|financierde|financierden|subsidieer|subsidieert|subsidiëren|subsidieerde|subsidieerden|bekostig|bekostigt|bekostigen|bekostigde|bekostigden',
    participle: 'gefinancierd|gesubsidieerd|bekostigd',
    infinitive: 'financieren|te financieren|subsidiëren|te subsidiëren|bekostigen|te bekostigen',
  },
  investeren: {
    finite: 'investeer|investeert|investeren|investeerde|investeerden',
    participle: 'geïnvesteerd',
    infinitive: 'investeren|te investeren',
  },
  verstrekken: {
    finite: 'verstrek|verstrekt|verstrekken|verstrekte|verstrekten',
    participle: 'verstrekt',
    infinitive: 'verstrekken|te verstrekken',
  },
  beschikbaarStellen: {
    finite: 'stel|stelt|stellen|stelde|stelden',
    particle: 'beschikbaar',
    participle: 'beschikbaar gesteld',
    infinitive: 'beschikbaar stellen|beschikbaar te stellen',
  },
  ondersteunen: {
    finite: 'ondersteun|ondersteunt|ondersteunen|ondersteunde|ondersteunden',
    participle: 'ondersteund',
    infinitive: 'ondersteunen|te ondersteunen',
  },
  informeren: {
    finite: 'informeer|informeert|informeren|informeerde|informeerden',
    participle: 'geïnformeerd',
    infinitive: 'informeren|te informeren',
  },
  publiceren: {
    finite: 'publiceer|publiceert|publiceren|publiceerde|publiceerden',
    participle: 'gepubliceerd|uitgebracht',
    infinitive: 'publiceren|te publiceren',
  },
  evalueren: {
    finite: 'evalueer|evalueert|evalueren|evalueerde|evalueerden',
    participle: 'geëvalueerd',
    infinitive: 'evalueren|te evalueren',
  },
  wijzigen: {
    finite: 'wijzig|wijzigt|wijzigen|wijzigde|wijzigden',
    participle: 'gewijzigd',
    infinitive: 'wijzigen|te wijzigen',
  },
  vervangen: {
    finite: 'vervang|vervangt|vervangen|verving|vervingen',
    participle: 'vervangen',
    infinitive: 'vervangen|te vervangen',
  },
  werkenAan: { finite: 'werk|werkt|werken|werkte|werkten', participle: 'gewerkt', infinitive: 'werken|te werken' },
  begeleiden: {
    finite: 'begeleid|begeleidt|begeleiden|begeleidde|begeleidden',
    participle: 'begeleid',
    infinitive: 'begeleiden|te begeleiden',
  },
} satisfies Record<string, Verb>;
