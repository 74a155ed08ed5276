// npm run dev [-- --engine NAME]: see src/cli/dev.ts
import { runDev } from "../src/cli/dev.ts";

const code = await runDev(process.argv.slice(2));
if (code !== 0) process.exit(code);
