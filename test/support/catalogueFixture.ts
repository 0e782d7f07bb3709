import { Catalogue } from '../../src/ingest/catalogue';
import { seedSet } from './testDb';

/** The seed catalogue as an ingest sees it, without a database. */
export function seedCatalogue(): Catalogue {
  return new Catalogue(
    seedSet().entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      contextNames: e.contextNames,
      identifiers: e.identifiers.map((i) => `${i.scheme}:${i.value}`),
      ...(e.kind ? { kind: e.kind } : {}),
      ...(e.role ? { role: e.role } : {}),
      ...(e.chamber ? { chamber: e.chamber } : {}),
      ...(e.since ? { since: e.since } : {}),
    })),
  );
}
