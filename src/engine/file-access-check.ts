/**
 * File-access check: finds, before any engine runs a query, whatever in it would make the database read
 * a file or fetch a URL — LOAD CSV, and procedures or functions that load, import, export or run
 * dynamic Cypher — so both engines refuse it with FILE_ACCESS_FORBIDDEN.
 *
 * The verdict comes from a real parse with Neo4j's own Cypher grammar (`getDebugTree` of
 * @neo4j-cypher/language-support), not from a keyword search: comments are not tokens there, strings
 * are one token each, and backticks are stripped from names, so `LOAD /* … *\/ CSV`, LOAD CSV inside
 * `CALL {}` or behind a `$parameter` URL, and `` `apoc`.`load`.json `` are all seen for what they are,
 * while `'LOAD CSV'` in a string is not. The check fails closed: where the grammar cannot parse a
 * query, the tokens LOAD followed by CSV (or DATA, Grafeo's own file clause) are still refused. The
 * embedded engine checks Grafeo's own plan as well (grafeo/grafeo-plan-check.ts).
 */

import { QueryError } from "../model/errors.ts";

/** One parse-tree node as @neo4j-cypher/language-support describes it (rule name, or token text). */
interface TreeNode {
  name: string;
  children?: TreeNode[];
}

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

type DebugTree = (query: string) => TreeNode;
let debugTree: Promise<DebugTree> | undefined;
const verdicts = new Map<string, FileAccess | null>();
const MAX_CACHED = 1_000;

function loadParser(): Promise<DebugTree> {
  debugTree ??= import("@neo4j-cypher/language-support").then((m) => m.getDebugTree);
  return debugTree;
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

/** Loads and warms the parser (about 2 s on first use), so the first queries do not wait for it. */
export async function warmFileAccessCheck(): Promise<void> {
  await findFileAccess("MATCH (n)-[r]->(m) WHERE n.id IN $ids RETURN n, r, m ORDER BY n.name LIMIT 1");
}
