/**
 * `npm run gen:corpus -- --entities N --relationships M --sources S --out DIR [--seed K]`: writes a
 * synthetic but valid graph-data directory (see src/model/corpus/generate-corpus.ts) for benchmarks and
 * scale tests. Refuses to write into a directory that already holds graph-data, so a real corpus is
 * never overwritten.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "../model/corpus/generate-corpus.ts";
import { reportCliError } from "./cli-error.ts";

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} "${value}": expected a positive integer`);
  return n;
}

/** Writes the corpus to `out`; returns the number of files written. */
export function writeCorpus(
  out: string,
  options: { entities: number; relationships: number; sources: number; seed?: number },
): number {
  if (existsSync(join(out, "sources.yaml"))) {
    throw new Error(
      `--out "${out}" already holds graph-data (sources.yaml); expected a new or empty directory`,
    );
  }
  const files = generateCorpus(options);
  for (const file of files) {
    const path = join(out, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return files.length;
}

/** Runs the command; returns the exit code. */
export function runGenCorpus(argv: string[]): number {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        entities: { type: "string" },
        relationships: { type: "string" },
        sources: { type: "string" },
        seed: { type: "string" },
        out: { type: "string" },
      },
    });
    if (!values.out) throw new Error("--out DIR is required: the directory to write graph-data to");
    const entities = positive("entities", values.entities, 1000);
    const relationships = positive("relationships", values.relationships, entities * 5);
    const sources = positive("sources", values.sources, Math.max(1, Math.round(relationships / 250)));
    const seed = positive("seed", values.seed, 7);
    const out = resolve(values.out);
    const started = performance.now();
    const count = writeCorpus(out, { entities, relationships, sources, seed });
    console.log(
      `gen:corpus: ${entities} entities, ${relationships} relationships, ${sources} sources -> ${out} (${count} files, ${Math.round(performance.now() - started)} ms)`,
    );
    return 0;
  } catch (error) {
    return reportCliError("gen:corpus", error);
  }
}
