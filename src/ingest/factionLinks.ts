import type { FactionJoin } from './questionAnswerTypes';
import { norm } from './headings';
import type { ParsedPassage } from './passages';

/** "Zie antwoord vraag 7" (same faction) and "Zie het antwoord op de vraag van de leden van de CDA-fractie". */
export function crossReferences(text: string, ownFaction: string): { faction: string; numbers: number[] | 'ALL' }[] {
  const refs: { faction: string; numbers: number[] | 'ALL' }[] = [];
  for (const m of text.matchAll(/[Zz]ie (?:het )?antwoord (?:op )?(?:de )?vra(?:ag|gen) (\d+)(?: en (\d+))?/g)) {
    refs.push({ faction: ownFaction, numbers: [Number(m[1]), ...(m[2] ? [Number(m[2])] : [])] });
  }
  for (const m of text.matchAll(/[Zz]ie (?:het )?antwoord op de vra(?:ag|gen) van de leden van de (.+?)-fractie/g)) {
    refs.push({ faction: m[1] as string, numbers: 'ALL' });
  }
  return refs;
}

/** "De fracties van A en B sluiten zich bij elkaars vragen aan", "… sluit zich bij de vraag van de X-fractie aan", "… bij alle gestelde vragen aan". */
export function factionJoins(body: readonly ParsedPassage[], askers: readonly string[], faction: (n: string) => string | undefined): FactionJoin[] {
  const joins: FactionJoin[] = [];
  const add = (a: string, b: string, quote: string, page: number) => {
    if (a === b || joins.some((j) => j.faction === a && j.joins === b)) return;
    const aid = faction(a);
    const bid = faction(b);
    joins.push({ faction: a, ...(aid ? { factionId: aid } : {}), joins: b, ...(bid ? { joinsId: bid } : {}), quote, page });
  };
  for (const p of body) {
    const t = norm(p.text);
    for (const m of t.matchAll(/De fracties van (?:de )?([^.]+?) en (?:de )?([^.]+?) sluiten zich bij elkaars vragen aan\./g)) {
      add(m[1] as string, m[2] as string, m[0], p.page);
      add(m[2] as string, m[1] as string, m[0], p.page);
    }
    for (const m of t.matchAll(/De fractie van (?:de )?([^.]+?) sluit zich bij de vra(?:ag|gen) van de ([^.]+?)-fractie aan\./g)) add(m[1] as string, m[2] as string, m[0], p.page);
    for (const m of t.matchAll(/De fractie van (?:de )?([^.]+?) sluit zich bij alle gestelde vragen aan\./g)) {
      for (const a of askers) add(m[1] as string, a, m[0], p.page);
    }
  }
  return joins;
}

