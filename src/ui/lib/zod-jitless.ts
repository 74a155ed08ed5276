/**
 * Zod without code generation in the browser: zod 4 probes `Function("")` the first time it parses an
 * object, to decide whether it may compile fast parsers. Under the explorer's Content-Security-Policy
 * (no 'unsafe-eval') that probe is refused and reported as a violation. Imported first by main.ts, so
 * the contract's schemas never try.
 */
import { config } from "zod";

config({ jitless: true });
