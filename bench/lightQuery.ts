/** One entity with three scalar fields: the lightest query of the API that reaches Neo4j (about 1 ms in Cypher). */
export const LIGHT_QUERY = '{ entity(id: "kis") { id name type } }';
