/**
 * `npm run tck`: the openCypher TCK against the embedded Grafeo engine or a live Neo4j. Parses the arguments and hands
 * over to tools/tck/run-tck.ts; prints errors and exits non-zero on bad arguments or a missing TCK.
 */
import { fileURLToPath } from "node:url";
import { runTck } from "../tools/tck/run-tck.ts";
import { parseTckArgs, USAGE } from "../tools/tck/parse-args.ts";

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

try {
  const options = parseTckArgs(process.argv.slice(2), process.env, REPO_ROOT);
  if (options.help) console.log(USAGE);
  else await runTck(options, REPO_ROOT);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
