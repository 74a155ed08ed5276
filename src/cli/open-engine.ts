/**
 * Engine selection for commands: `--engine grafeo` (default: graph-data loaded into the embedded
 * engine) or `--engine neo4j` (LAGEBILD_ENGINE=neo4j; connection from flags, environment or .env).
 */
import type { CypherEngine } from "../engine/cypher-engine.ts";
import { EmbeddedEngine } from "../engine/grafeo/embedded-engine.ts";
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

/** Opens the engine: embedded engines get graph-data loaded, Neo4j is connected as it is. */
export async function openEngine(name: EngineName, graph: KnowledgeGraph): Promise<CypherEngine> {
  if (name === "neo4j") {
    throw new Error("--engine neo4j is not available yet");
  }
  const engine = EmbeddedEngine.create();
  await engine.load(graph);
  return engine;
}
