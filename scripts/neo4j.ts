/**
 * `npm run neo4j:start|stop|status`: the local Neo4j (tools/neo4j-server). Hands the sub-command to
 * tools/neo4j-server/launcher and exits with its code; errors are printed, not thrown.
 */
import { fileURLToPath } from "node:url";
import { runNeo4jCommand } from "../tools/neo4j-server/launcher/neo4j-command.ts";

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

try {
  process.exitCode = await runNeo4jCommand(process.argv[2], REPO_ROOT);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
