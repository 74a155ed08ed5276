/**
 * Static write check: finds the first clause of a Cypher query that would change the database, before
 * the query is sent, so the read path refuses it with WRITE_FORBIDDEN even on a server that would run a
 * write in a READ transaction.
 *
 * It uses Neo4j's own Cypher grammar (`highlightSyntax` of @neo4j-cypher/language-support), which
 * classifies every token by its role in the parse: `SET` in `n.set`, `'CREATE'` in a string, `DELETE`
 * in a comment or a variable named `create` are not keywords, so they are not mistaken for clauses. The
 * package is imported on first use only (it weighs several megabytes). Procedure calls are not judged
 * here: the server refuses write procedures in a READ transaction, and the engine also rejects any
 * result whose summary says the query was not read-only (see neo4j-engine.ts).
 */
import type { ParsedCypherToken } from "@neo4j-cypher/language-support";

/**
 * Keywords that start or belong to an updating clause (CREATE, INSERT, MERGE, SET, DELETE, REMOVE,
 * FOREACH), a schema or administration command (DROP, ALTER, GRANT …), or LOAD CSV, which makes the
 * server fetch files or URLs and is refused on the read path for that reason.
 */
export const WRITE_KEYWORDS: ReadonlySet<string> = new Set([
  "CREATE",
  "INSERT",
  "MERGE",
  "SET",
  "DELETE",
  "DETACH",
  "NODETACH",
  "REMOVE",
  "FOREACH",
  "LOAD",
  "DROP",
  "ALTER",
  "RENAME",
  "GRANT",
  "DENY",
  "REVOKE",
  "START",
  "STOP",
  "ENABLE",
  "DEALLOCATE",
  "REALLOCATE",
  "TERMINATE",
]);

/** Where a query writes: the keyword and its 1-based line/column and 0-based offset. */
export interface WriteClause {
  keyword: string;
  line: number;
  column: number;
  offset: number;
}

/** Returns the tokens the Cypher grammar classifies as keywords. */
type KeywordLexer = (query: string) => ParsedCypherToken[];

let keywordLexer: Promise<KeywordLexer> | undefined;
const verdicts = new Map<string, WriteClause | null>();
const MAX_CACHED = 1_000;

function loadKeywordLexer(): Promise<KeywordLexer> {
  keywordLexer ??= import("@neo4j-cypher/language-support").then(
    (m) => (query: string) =>
      m.highlightSyntax(query).filter((t) => t.tokenType === m.CypherTokenType.keyword),
  );
  return keywordLexer;
}

/** The first updating keyword of `query`, or null when the query only reads. */
export async function findWriteClause(query: string): Promise<WriteClause | null> {
  const cached = verdicts.get(query);
  if (cached !== undefined) return cached;
  const keywords = (await loadKeywordLexer())(query);
  const hit = keywords.find((t) => WRITE_KEYWORDS.has(t.token.toUpperCase()));
  const verdict = hit
    ? {
        keyword: hit.token.toUpperCase(),
        line: hit.position.line + 1,
        column: hit.position.startCharacter + 1,
        offset: hit.position.startOffset,
      }
    : null;
  if (verdicts.size >= MAX_CACHED) verdicts.clear();
  verdicts.set(query, verdict);
  return verdict;
}
