// npm run bench [-- --api-runs N --page-runs N --skip-page --engine NAME …]: see src/cli/bench.ts.
// npm run bench -- --neo4j-load […]: our Neo4j loader against a plain UNWIND … CREATE floor, see
// tools/neo4j-load-bench/neo4j-load-bench.ts (it starts a local Neo4j, so it lives beside tools/neo4j-server).
import { runBench } from "../src/cli/bench.ts";
import { runNeo4jLoadBench } from "../tools/neo4j-load-bench/neo4j-load-bench.ts";

const argv = process.argv.slice(2);
process.exitCode = argv.includes("--neo4j-load") ? await runNeo4jLoadBench(argv) : await runBench(argv);
