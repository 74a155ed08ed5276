// npm run query -- "<cypher>" [--param name=value …] [--format table|json|csv]: see src/cli/query.ts
import { runQuery } from "../src/cli/query.ts";

process.exitCode = await runQuery(process.argv.slice(2));
