/**
 * File-access check: finds, before any engine runs a query, whatever in it would make the database read
 * a file or fetch a URL — LOAD CSV, and procedures or functions that load, import, export or run
 * dynamic Cypher — so both engines refuse it with FILE_ACCESS_FORBIDDEN.
 *
 * The verdict comes from a real parse with Neo4j's own Cypher grammar (cypher-parse-tree.ts, the
 * parser of @neo4j-cypher/language-support), not from a keyword search: comments are not tokens there,
 * strings are one token each, and backticks are stripped from names, so `LOAD /* … *\/ CSV`, LOAD CSV
 * inside `CALL {}` or behind a `$parameter` URL, and `` `apoc`.`load`.json `` are all seen for what
 * they are, while `'LOAD CSV'` in a string is not. The check fails closed: where the grammar cannot
 * parse a query, the tokens LOAD followed by CSV (or DATA, Grafeo's own file clause) are still
 * refused. The embedded engine checks Grafeo's own plan as well (grafeo/grafeo-plan-check.ts).
 *
 * The parser is loaded on the first query that needs it, not at server start (it costs about 80 MB
 * and a few hundred ms); that query waits for it, so a cold parser refuses exactly what a warm one
 * does. The server's own constant statements (declareCheckedStatements) need no parse at run time:
 * tests parse each of them with the grammar and prove that none reads files. Verdicts are cached per
 * query text.
 */

import { QueryError } from "../model/errors.ts";
import { loadCypherParser, type ParseCypher, type TreeNode } from "./cypher-parse-tree.ts";

/** What in a query would read a file or URL. */
export interface FileAccess {
  /** "LOAD CSV", or the dotted name of the procedure or function. */
  what: string;
  kind: "clause" | "procedure" | "function";
}

/**
 * Namespaces (lower case, dotted) whose procedures and functions read or write files or URLs, open
 * network connections, read server configuration, or run Cypher given as a string (which could hold
 * LOAD CSV again).
 */
export const FILE_ACCESS_NAMESPACES: readonly string[] = [
  "apoc.load",
  "apoc.import",
  "apoc.export",
  "apoc.cypher",
  "apoc.periodic",
  "apoc.bolt",
  "apoc.mongo",
  "apoc.mongodb",
  "apoc.es",
  "apoc.couchbase",
  "apoc.redis",
  "apoc.config",
  "apoc.systemdb",
  "apoc.trigger",
  "apoc.custom",
  "apoc.log",
  "apoc.metrics",
  "apoc.static",
  "apoc.model",
  "apoc.spatial",
  "apoc.util",
  "apoc.dv",
  "apoc.uuid",
  "dbms",
];

/** Words that, as any part of a procedure or function name, mean files, URLs or imports. */
const FILE_WORDS: ReadonlySet<string> = new Set([
  "load",
  "import",
  "export",
  "file",
  "files",
  "url",
  "uri",
  "http",
  "https",
  "csv",
  "jdbc",
  "fetch",
  "download",
]);

let parser: Promise<ParseCypher> | undefined;
let parserState: "cold" | "loading" | "warm" = "cold";
const verdicts = new Map<string, FileAccess | null>();
const MAX_CACHED = 1_000;
const checkedStatements = new Set<string>();

function loadParser(): Promise<ParseCypher> {
  if (!parser) {
    parserState = "loading";
    parser = loadCypherParser().then(
      (parse) => {
        parserState = "warm";
        return parse;
      },
      (error: unknown) => {
        // Let the next query try again; this one fails (closed) with the cause.
        parser = undefined;
        parserState = "cold";
        throw error;
      },
    );
  }
  return parser;
}

/** Whether the grammar is loaded: "cold" until the first query needs it (diagnostics and tests). */
export function fileAccessParserState(): "cold" | "loading" | "warm" {
  return parserState;
}

/**
 * Declares the server's own constant statements (the explorer's queries), which then need no parse at
 * run time. Only for statement texts written in this repository: tests/unit/engine/file-access-check.test.ts
 * parses every one of them with the grammar and fails if any reads files.
 */
export function declareCheckedStatements(statements: Iterable<string>): void {
  for (const statement of statements) checkedStatements.add(statement);
}

/** The statements declared by declareCheckedStatements (for the test that proves them clean). */
export function checkedStatementTexts(): string[] {
  return [...checkedStatements];
}

function leaves(node: TreeNode, out: string[] = []): string[] {
  const stack: TreeNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop() as TreeNode;
    const children = next.children ?? [];
    if (children.length === 0) out.push(next.name);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as TreeNode);
  }
  return out;
}

/** `apoc.load.json` (as written) from the tokens of a procedureName or functionName node, backticks removed. */
function dottedName(node: TreeNode): string {
  return leaves(node)
    .map((t) => (t.startsWith("`") && t.endsWith("`") ? t.slice(1, -1).replace(/``/g, "`") : t))
    .join("");
}

/** Whether a dotted procedure or function name reads files or URLs (see FILE_ACCESS_NAMESPACES). */
export function isFileAccessName(name: string): boolean {
  const lower = name.toLowerCase();
  if (FILE_ACCESS_NAMESPACES.some((ns) => lower === ns || lower.startsWith(`${ns}.`))) return true;
  const words = name
    .split(".")
    .flatMap((segment) => segment.split(/(?<=[a-z0-9])(?=[A-Z])|[_\-\s]+/))
    .map((w) => w.toLowerCase());
  return words.some((w) => FILE_WORDS.has(w));
}

/** Finds file access in a parse tree (iteratively: deep expressions must not overflow the stack). */
function findInTree(root: TreeNode): FileAccess | null {
  const stack: TreeNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode;
    if (node.name === "loadCSVClause") {
      // The grammar recovers Grafeo's LOAD DATA … FORMAT … into this clause too: name it as written.
      const second = node.children?.[1]?.name.toUpperCase();
      return { what: second === "DATA" ? "LOAD DATA" : "LOAD CSV", kind: "clause" };
    }
    if (node.name === "procedureName" || node.name === "functionName") {
      const name = dottedName(node);
      if (isFileAccessName(name)) {
        return { what: name.toLowerCase(), kind: node.name === "procedureName" ? "procedure" : "function" };
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  const tokens = leaves(root).map((t) => t.toUpperCase());
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Grafeo also has LOAD DATA … FORMAT CSV|JSONL|PARQUET, which Neo4j's grammar does not know.
    const next = tokens[i + 1];
    if (tokens[i] === "LOAD" && (next === "CSV" || next === "DATA"))
      return { what: `LOAD ${next}`, kind: "clause" };
  }
  return null;
}

/** The first thing in `query` that would read a file or URL, or null. */
export async function findFileAccess(query: string): Promise<FileAccess | null> {
  if (checkedStatements.has(query)) return null;
  return parseForFileAccess(query);
}

/** The verdict of the grammar itself on `query` (cached per text), declared statements included. */
export async function parseForFileAccess(query: string): Promise<FileAccess | null> {
  const cached = verdicts.get(query);
  if (cached !== undefined) return cached;
  const parse = await loadParser();
  let verdict: FileAccess | null;
  try {
    verdict = findInTree(parse(query));
  } catch (error) {
    throw new QueryError(
      "BAD_REQUEST",
      `query check: the query could not be parsed (${error instanceof Error ? error.message : String(error)}); ` +
        "expected a Cypher statement without thousands of nested expressions",
    );
  }
  if (verdicts.size >= MAX_CACHED) verdicts.clear();
  verdicts.set(query, verdict);
  return verdict;
}

/** Throws FILE_ACCESS_FORBIDDEN when `query` would read a file or URL (`engine` names the caller). */
export async function assertNoFileAccess(query: string, engine: string): Promise<void> {
  const access = await findFileAccess(query);
  if (!access) return;
  throw new QueryError(
    "FILE_ACCESS_FORBIDDEN",
    `${engine}: this query reads files or URLs (${access.kind} ${access.what}), which queries may not do here; ` +
      "expected a query over the loaded graph only (load data with npm run load)",
  );
}
