/**
 * Type bridge: @neo4j-cypher/codemirror ships its declarations in src/ without pointing its package
 * exports at them, so TypeScript needs this one-line mapping.
 */
declare module "@neo4j-cypher/codemirror" {
  export * from "@neo4j-cypher/codemirror/src/codemirror.d.ts";
}
