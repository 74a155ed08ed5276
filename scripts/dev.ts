// npm run dev: see src/cli/dev.ts
import { runDev } from "../src/cli/dev.ts";

const code = await runDev();
if (code !== 0) process.exit(code);
