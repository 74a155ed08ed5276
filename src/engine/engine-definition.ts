/**
 * Engine definition: what an engine tells the rest of Lagebild about itself, so that commands and the
 * server never name a concrete engine. Each engine folder exports one definition and engines.ts lists
 * them; adding an engine (Memgraph, say) is one folder and one line there.
 *
 * A definition declares its settings as command-line flags, each with the commands it applies to, so
 * the CLI can refuse a flag the chosen engine does not have or that the command does not use.
 */
import type { KnowledgeGraph } from "../model/knowledge-graph.ts";
import type { CypherEngine } from "./cypher-engine.ts";

/** The commands that work on an engine. */
export const ENGINE_COMMANDS = ["start", "query", "load", "check"] as const;
export type EngineCommand = (typeof ENGINE_COMMANDS)[number];

/** One setting of an engine, given as `--name value` (string) or `--name` (boolean). */
export interface EngineFlag {
  type: "string" | "boolean";
  /** Shown in usage: what the setting does. */
  help: string;
  /** The commands the flag applies to; anywhere else it is an error. */
  commands: readonly EngineCommand[];
}

/** Flag values as parsed from the command line (only flags that were given). */
export type EngineFlagValues = Readonly<Record<string, string | boolean | undefined>>;

/** Where settings beyond flags come from; defaults are the real process. */
export interface EngineEnvironment {
  env: NodeJS.ProcessEnv;
  /** Working directory (e.g. where Neo4j's `.env` file is read). */
  cwd: string;
}

/** Opening an engine for queries. */
export interface OpenRequest extends EngineEnvironment {
  flags: EngineFlagValues;
  /** Validated graph-data; called only by an engine that serves it from memory. */
  readGraph: () => KnowledgeGraph;
}

/** How a load talks to the person running it. */
export interface LoadIo {
  /** One line of output. */
  info(line: string): void;
  /** True when there is a terminal to ask questions on. */
  interactive: boolean;
  /** Asks a question on the terminal and resolves to the answer (only when `interactive`). */
  ask(question: string): Promise<string>;
  /** A progress display over `total` items (`unit`: what is counted, default "rows"). */
  progress(total: number, unit?: string): { update(done: number, label: string): void; stop(): void };
}

/** Loading validated graph-data into an engine's persistent storage. */
export interface LoadRequest extends EngineEnvironment {
  flags: EngineFlagValues;
  graph: KnowledgeGraph;
  io: LoadIo;
  /**
   * The caller holds `graph` only for this load: the engine may empty it as it writes, so the memory
   * of what is written serves the engine (`npm run load` at corpus size). Otherwise it stays intact.
   */
  releaseGraph?: boolean;
}

/** One engine. */
export interface EngineDefinition {
  /** What `--engine` takes, shown in the UI and in /api/health. */
  readonly name: string;
  /** One line for usage texts. */
  readonly summary: string;
  readonly flags: Readonly<Record<string, EngineFlag>>;
  /** A ready engine; throws naming the setting that is wrong. */
  open(request: OpenRequest): Promise<CypherEngine>;
  /** Writes graph-data into the engine's storage; nothing already loaded is lost when it fails. */
  load(request: LoadRequest): Promise<void>;
  /**
   * Checks that the engine answers, without changing anything: resolves to one line saying what it is
   * and holds, or throws (EngineUnavailableError when it cannot be reached).
   */
  check(request: OpenRequest): Promise<string>;
}
