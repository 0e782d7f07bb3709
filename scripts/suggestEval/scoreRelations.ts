/** One relation as the scorer compares it: ends by id (`new:<folded name>` for an entity a text introduces). */
export interface ScoredRelation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

export interface Figures {
  readonly gold: number;
  readonly suggested: number;
  readonly correct: number;
  readonly precision: number | null;
  readonly recall: number | null;
}

export interface RelationScores {
  /** Unordered entity pairs: a suggestion counts when the gold relates the same two entities, whatever the type. */
  readonly pair: Figures;
  /** Type and direction: a suggestion counts when the gold has the same type from the same start to the same end. */
  readonly typed: Figures;
  /** Per relation type (of the gold or of the suggestions), both levels; see figuresOf for the definitions. */
  readonly byType: Record<string, { pair: Figures; typed: Figures }>;
}

const ratio = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : null);
const pairKey = (r: ScoredRelation) => [r.from, r.to].sort().join(' ~ ');
const typedKey = (r: ScoredRelation) => `${r.type} ${r.from} -> ${r.to}`;

function figures(
  gold: readonly string[],
  suggested: readonly string[],
  goldAll: ReadonlySet<string>,
  suggestedAll: ReadonlySet<string>,
): Figures {
  const g = new Set(gold);
  const s = new Set(suggested);
  const correctSuggested = [...s].filter((k) => goldAll.has(k)).length;
  const foundGold = [...g].filter((k) => suggestedAll.has(k)).length;
  return {
    gold: g.size,
    suggested: s.size,
    correct: correctSuggested,
    precision: ratio(correctSuggested, s.size),
    recall: ratio(foundGold, g.size),
  };
}

/**
 * Precision and recall of suggested relations against a gold set, at two levels. Duplicates (the same relation
 * from several sentences) count once. Per type T: recall is the share of gold relations of type T found (at pair
 * level: their pair suggested with any type), precision the share of suggestions of type T that are right (at
 * pair level: the gold relates that pair with any type). So a pair-level precision per type says whether the
 * wording found a real link, the typed one whether it also named it right.
 */
export function scoreRelations(gold: readonly ScoredRelation[], suggested: readonly ScoredRelation[]): RelationScores {
  const goldPairs = new Set(gold.map(pairKey));
  const sugPairs = new Set(suggested.map(pairKey));
  const goldTyped = new Set(gold.map(typedKey));
  const sugTyped = new Set(suggested.map(typedKey));
  const types = [...new Set([...gold, ...suggested].map((r) => r.type))].sort();
  const byType: RelationScores['byType'] = {};
  for (const t of types) {
    const g = gold.filter((r) => r.type === t);
    const s = suggested.filter((r) => r.type === t);
    byType[t] = {
      pair: figures(g.map(pairKey), s.map(pairKey), goldPairs, sugPairs),
      typed: figures(g.map(typedKey), s.map(typedKey), goldTyped, sugTyped),
    };
  }
  return {
    pair: figures([...goldPairs], [...sugPairs], goldPairs, sugPairs),
    typed: figures([...goldTyped], [...sugTyped], goldTyped, sugTyped),
    byType,
  };
}
