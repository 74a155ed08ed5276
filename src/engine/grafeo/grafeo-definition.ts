/**
 * The embedded engine (Grafeo) as the registry sees it: by default it loads graph-data into memory
 * when it opens; with `--store PATH` it serves a store written by `npm run load`, and `load` writes
 * that store.
 */
import { resolve } from "node:path";
import type { EngineDefinition, EngineFlagValues } from "../engine-definition.ts";
import { EmbeddedEngine } from "./embedded-engine.ts";
import { DEFAULT_POOL_OPTIONS, type PoolOptions } from "./worker-pool.ts";
import { grafeoVersion } from "./grafeo-module.ts";
import { DEFAULT_STORE, writeStore } from "./grafeo-store.ts";
import { loadPhaseReporter } from "./load-phases.ts";

function countBy<T>(items: T[], key: (t: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
}

function positiveFlag(
  flags: EngineFlagValues,
  env: NodeJS.ProcessEnv,
  name: string,
  variable: string,
): number | undefined {
  const raw = flags[name] ?? env[variable];
  if (raw === undefined || typeof raw === "boolean") return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    throw new Error(`--${name} "${raw}" (or ${variable}): expected a whole number > 0`);
  }
  return n;
}

/** Pool settings from --engine-processes / --engine-memory-mb (or their environment variables). */
function poolOptions(flags: EngineFlagValues, env: NodeJS.ProcessEnv): Partial<PoolOptions> {
  const size = positiveFlag(flags, env, "engine-processes", "LAGEBILD_ENGINE_PROCESSES");
  const memoryMb = positiveFlag(flags, env, "engine-memory-mb", "LAGEBILD_ENGINE_MEMORY_MB");
  const hardMb = positiveFlag(flags, env, "engine-process-memory-mb", "LAGEBILD_ENGINE_PROCESS_MEMORY_MB");
  return {
    ...(size ? { size } : {}),
    ...(memoryMb ? { memoryBytes: memoryMb * 1024 * 1024 } : {}),
    ...(hardMb ? { hardMemoryBytes: hardMb * 1024 * 1024 } : {}),
  };
}

function storeFlag(flags: EngineFlagValues): string | undefined {
  const store = flags["store"];
  return typeof store === "string" ? resolve(store) : undefined;
}

export const grafeoDefinition: EngineDefinition = {
  name: "grafeo",
  summary: "embedded Grafeo engine (default): graph-data in memory, or a store written by npm run load",
  flags: {
    store: {
      type: "string",
      help: `embedded store file: load writes it (default ${DEFAULT_STORE}); start, query and check serve it instead of graph-data`,
      commands: ["start", "query", "load", "check"],
    },
    "engine-processes": {
      type: "string",
      help: `query processes (default ${DEFAULT_POOL_OPTIONS.size}); a query that times out, is cancelled or runs out of memory ends only its own (LAGEBILD_ENGINE_PROCESSES)`,
      commands: ["start", "query", "check"],
    },
    "engine-memory-mb": {
      type: "string",
      help: `memory cap of a query in MiB (default ${DEFAULT_POOL_OPTIONS.memoryBytes / 1024 / 1024}); past it the query fails with RESOURCE_LIMIT and its process is replaced (LAGEBILD_ENGINE_MEMORY_MB); each process is also capped at ${DEFAULT_POOL_OPTIONS.hardMemoryBytes / 1024 / 1024} MiB by the OS`,
      commands: ["start", "query", "check"],
    },
    "engine-process-memory-mb": {
      type: "string",
      help: `hard memory cap of each query process in MiB, set by the OS (default ${DEFAULT_POOL_OPTIONS.hardMemoryBytes / 1024 / 1024}): the most the explorer's own reads of a big graph may use (LAGEBILD_ENGINE_PROCESS_MEMORY_MB)`,
      commands: ["start", "query", "check"],
    },
  },

  async open({ flags, readGraph, env }) {
    const store = storeFlag(flags);
    const engine = EmbeddedEngine.create(poolOptions(flags, env));
    try {
      if (store) await engine.openStore(store);
      else await engine.load(readGraph());
      return engine;
    } catch (error) {
      await engine.close();
      throw error;
    }
  },

  async load({ flags, graph, io, releaseGraph }) {
    const store = storeFlag(flags) ?? DEFAULT_STORE;
    const started = performance.now();
    // Counted first: with releaseGraph the relationships leave the graph as they are written.
    const kinds = countBy(graph.entities, (e) => e.kind);
    const types = countBy(graph.relationships, (r) => r.type);
    const phases = loadPhaseReporter(io, graph.entities.length + graph.relationships.length);
    let counts: { nodes: number; relationships: number };
    try {
      counts = await writeStore(graph, store, { onProgress: phases.onProgress, release: releaseGraph });
    } finally {
      phases.stop();
    }
    io.info(`loaded into the embedded store ${store} in ${Math.round(performance.now() - started)} ms`);
    io.info(`  nodes: ${counts.nodes} (${kinds})`);
    io.info(`  relationships: ${counts.relationships} (${types})`);
  },

  async check(request) {
    const store = storeFlag(request.flags);
    const engine = await grafeoDefinition.open(request);
    try {
      const stats = await engine.stats();
      const what = store ? `store ${store}` : "graph-data in memory";
      return `Grafeo ${grafeoVersion()} (embedded), ${what}: ${stats.nodes} nodes, ${stats.relationships} relationships`;
    } finally {
      await engine.close();
    }
  },
};
