// npm run engine:check [-- --engine NAME …]: see src/cli/check.ts
import { runCheck } from "../src/cli/check.ts";

process.exitCode = await runCheck(process.argv.slice(2));
