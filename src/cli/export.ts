/**
 * `npm run export -- --format graphology|gexf|graphml|csv --out FILE`: writes the knowledge graph of
 * graph-data in a format other tools read (Gephi, yEd, graphology, spreadsheets). CSV writes two files,
 * FILE.nodes.csv and FILE.edges.csv (FILE without its .csv ending).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { exportGraph, EXPORT_FORMATS, type ExportFormat } from "../io/export-graph.ts";
import { DEFAULT_GRAPH_DATA_DIR, loadGraphData } from "../io/load-graph-data.ts";
import { buildGraphology } from "../model/build-graphology.ts";
import { reportCliError } from "./cli-error.ts";

/** Runs the command; returns the exit code. */
export function runExport(argv: string[]): number {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        format: { type: "string", short: "f" },
        out: { type: "string", short: "o" },
        dir: { type: "string" },
      },
    });
    const format = values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) {
      throw new Error(
        `--format "${values.format ?? ""}" is unknown; expected one of ${EXPORT_FORMATS.join(", ")}`,
      );
    }
    if (!values.out) throw new Error("--out is missing; expected a file path such as --out graph.gexf");
    const graph = buildGraphology(loadGraphData(values.dir ?? DEFAULT_GRAPH_DATA_DIR));
    const out = resolve(values.out);
    const base = format === "csv" ? out.replace(/\.csv$/i, "") : out;
    mkdirSync(dirname(out), { recursive: true });
    for (const file of exportGraph(graph, format)) {
      const path = `${base}${file.suffix}`;
      writeFileSync(path, file.content);
      console.log(`wrote ${path} (${format}: ${graph.order} nodes, ${graph.size} edges)`);
    }
    return 0;
  } catch (error) {
    return reportCliError("export", error);
  }
}
