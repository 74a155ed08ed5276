// npm run bench [-- --api-runs N --page-runs N --skip-page --engine NAME …]: see src/cli/bench.ts
import { runBench } from "../src/cli/bench.ts";

process.exitCode = await runBench(process.argv.slice(2));
