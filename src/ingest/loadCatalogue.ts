import type { Executor } from '../db/executor';
import type { EntityType } from '../generated/graphql';
import { Catalogue, type CatalogueEntry } from './catalogue';

/**
 * The entities currently in the graph, as the catalogue an ingest resolves names and mentions against.
 * Only curated entities count: documents created by ingests and placeholders created from citations are an
 * ingest's output, and counting them as input would make the next ingest of the same file differ from the first.
 */
export async function loadCatalogue(executor: Executor): Promise<Catalogue> {
  const res = await executor.read('catalogue', (tx) =>
    tx.run(
      "MATCH (n:Entity) WHERE NOT coalesce(n.origin, '') IN ['citation', 'ingest'] RETURN n.id AS id, n.type AS type, n.name AS name, coalesce(n.aliases, []) AS aliases, coalesce(n.contextNames, []) AS contextNames, coalesce(n.identifiers, []) AS identifiers, n.kind AS kind, n.role AS role, n.chamber AS chamber, n.since AS since",
    ),
  );
  return new Catalogue(
    res.records.map((r) => ({
      id: r.get('id') as string,
      type: r.get('type') as EntityType,
      name: r.get('name') as string,
      aliases: r.get('aliases') as string[],
      contextNames: r.get('contextNames') as string[],
      identifiers: r.get('identifiers') as string[],
      ...optional({ kind: r.get('kind'), role: r.get('role'), chamber: r.get('chamber'), since: r.get('since') }),
    })),
  );
}

/** The properties a node has (the catalogue entry leaves out the ones it lacks rather than holding nulls). */
function optional(props: Record<string, unknown>): Pick<CatalogueEntry, 'kind' | 'role' | 'chamber' | 'since'> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}
