/**
 * The engine registry: every engine Lagebild can run on. Commands and the server look engines up
 * here by name and never import a concrete engine; a new engine is one folder with its definition
 * and one line in ENGINES.
 */
import type { EngineDefinition } from "./engine-definition.ts";
import { grafeoDefinition } from "./grafeo/grafeo-definition.ts";
import { neo4jDefinition } from "./neo4j/neo4j-definition.ts";

/** Every engine, the default first. */
export const ENGINES: readonly EngineDefinition[] = [grafeoDefinition, neo4jDefinition];

/** The engine used when neither --engine nor LAGEBILD_ENGINE names one. */
export const DEFAULT_ENGINE = ENGINES[0]!.name;

/** The engine called `name`; throws listing the known ones. */
export function engineByName(name: string): EngineDefinition {
  const found = ENGINES.find((engine) => engine.name === name);
  if (!found) {
    throw new Error(
      `--engine "${name}" is unknown; expected one of ${ENGINES.map((e) => e.name).join(", ")}`,
    );
  }
  return found;
}
