// npm run validate [-- --dir graph-data]: see src/cli/validate.ts
import { runValidate } from "../src/cli/validate.ts";

process.exitCode = runValidate(process.argv.slice(2));
