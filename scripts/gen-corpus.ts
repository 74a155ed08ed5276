// npm run gen:corpus -- --entities N --relationships M --sources S --out DIR: see src/cli/gen-corpus.ts
import { runGenCorpus } from "../src/cli/gen-corpus.ts";

process.exitCode = runGenCorpus(process.argv.slice(2));
