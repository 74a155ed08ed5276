// npm run load [-- --engine NAME …]: see src/cli/load.ts
import { runLoad } from "../src/cli/load.ts";

process.exitCode = await runLoad(process.argv.slice(2));
