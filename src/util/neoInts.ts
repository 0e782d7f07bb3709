import neo4j from 'neo4j-driver';

/**
 * Deep copy with every whole JS number turned into a Neo4j Integer. JS numbers reach Neo4j as floats, so
 * without this `order`, `page` or offsets would be stored as 7.0 and print as "7.0" in string keys.
 */
export function neoInts<T>(value: T): T {
  if (typeof value === 'number') return (Number.isInteger(value) ? neo4j.int(value) : value) as T;
  if (Array.isArray(value)) return value.map(neoInts) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neoInts(v)])) as T;
  }
  return value;
}
