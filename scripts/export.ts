// npm run export -- --format graphology|gexf|graphml|csv --out FILE: see src/cli/export.ts
import { runExport } from "../src/cli/export.ts";

process.exitCode = runExport(process.argv.slice(2));
