// npm run load [-- --store PATH | --neo4j …]: see src/cli/load.ts
import { runLoad } from "../src/cli/load.ts";

process.exitCode = await runLoad(process.argv.slice(2));
