// npm start [-- --port N --engine NAME …]: see src/cli/serve.ts
import { runServe } from "../src/cli/serve.ts";

const code = await runServe(process.argv.slice(2));
if (code !== 0) process.exit(code);
