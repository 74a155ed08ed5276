/**
 * Engine selection for commands: `--engine grafeo` (default: graph-data loaded into the embedded
 * engine) or `--engine neo4j` (LAGEBILD_ENGINE=neo4j; connection from flags, environment or .env).
 */
import type { CypherEngine } from "../engine/cypher-engine.ts";
import { EmbeddedEngine } from "../engine/grafeo/embedded-engine.ts";
import { Neo4jEngine } from "../engine/neo4j/neo4j-engine.ts";
import type { Neo4jConfigFlags } from "../engine/neo4j/neo4j-config.ts";
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";

export const ENGINE_NAMES = ["grafeo", "neo4j"] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** Parses an engine name from a flag or LAGEBILD_ENGINE. */
export function engineName(flag: string | undefined): EngineName {
  const value = flag ?? process.env["LAGEBILD_ENGINE"] ?? "grafeo";
  if (!(ENGINE_NAMES as readonly string[]).includes(value)) {
    throw new Error(`--engine "${value}" is unknown; expected one of ${ENGINE_NAMES.join(", ")}`);
  }
  return value as EngineName;
}

/**
 * Opens the engine: the embedded one gets graph-data loaded (read only then, through `readGraph`);
 * Neo4j is used as loaded by
 * `npm run load -- --neo4j` (connection from flags, environment or .env; not contacted yet, so a
 * server can start while Neo4j is down and report it in /api/health).
 */
export async function openEngine(
  name: EngineName,
  readGraph: () => KnowledgeGraph,
  neo4jFlags: Neo4jConfigFlags = {},
): Promise<CypherEngine> {
  if (name === "neo4j") return Neo4jEngine.fromSettings({ flags: neo4jFlags });
  const engine = EmbeddedEngine.create();
  await engine.load(readGraph());
  return engine;
}

/** The Neo4j connection flags among parsed command-line values. */
export function neo4jFlags(
  values: Partial<Record<"uri" | "username" | "password" | "database", string | boolean>>,
): Neo4jConfigFlags {
  const flags: Neo4jConfigFlags = {};
  for (const key of ["uri", "username", "password", "database"] as const) {
    const value = values[key];
    if (typeof value === "string") flags[key] = value;
  }
  return flags;
}

/** parseArgs options of the Neo4j connection flags, shared by every command that can reach Neo4j. */
export const NEO4J_FLAG_OPTIONS = {
  uri: { type: "string" },
  username: { type: "string" },
  password: { type: "string" },
  database: { type: "string" },
} as const;
