import { createHash } from 'node:crypto';
import type { EntityType } from '../generated/graphql';
import { foldForSearch } from '../domain/text';

/** The curated entities an ingest resolves names against (factions, offices, laws, reports) and finds mentions of. */
export interface CatalogueEntry {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  /** "SCHEME:value" strings. */
  readonly identifiers: readonly string[];
}

export class Catalogue {
  private readonly byName = new Map<string, CatalogueEntry[]>();
  private readonly byIdentifier = new Map<string, CatalogueEntry>();
  readonly ids: ReadonlySet<string>;
  /** Changes whenever an entity, name, alias or identifier changes: mentions and citations depend on it. */
  readonly fingerprint: string;

  constructor(readonly entries: readonly CatalogueEntry[]) {
    for (const e of entries) {
      for (const n of [e.name, ...e.aliases]) {
        const k = foldForSearch(n);
        if (!k) continue;
        const list = this.byName.get(k) ?? [];
        if (!list.includes(e)) list.push(e);
        this.byName.set(k, list);
      }
      for (const i of e.identifiers) this.byIdentifier.set(i.toLowerCase(), e);
    }
    this.ids = new Set(entries.map((e) => e.id));
    this.fingerprint = createHash('sha256')
      .update(JSON.stringify([...entries].map((e) => [e.id, e.type, e.name, [...e.aliases], [...e.identifiers]]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))))
      .digest('hex')
      .slice(0, 16);
  }

  /** The entity whose name or alias equals `name` (case, accents and punctuation folded), optionally of given types. */
  find(name: string, types?: readonly EntityType[]): CatalogueEntry | undefined {
    const list = this.byName.get(foldForSearch(name)) ?? [];
    return list.find((e) => !types || types.includes(e.type));
  }

  /** The entity with this identifier, e.g. ("KAMERSTUK", "kst-32824-438"). */
  byIdentifierValue(scheme: string, value: string): CatalogueEntry | undefined {
    return this.byIdentifier.get(`${scheme}:${value}`.toLowerCase());
  }
}
