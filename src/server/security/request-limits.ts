/**
 * Request limits checked before any handler: JSON bodies may nest at most MAX_JSON_DEPTH levels (deeper
 * parameters overflowed the stack while being sent to the engine), measured without recursion so the
 * check itself cannot overflow. Body size is capped by Fastify's `bodyLimit` (create-app.ts).
 */
import type { FastifyInstance } from "fastify";
import { HttpRefusal } from "./http-refusal.ts";

/** Deepest nesting of arrays and objects accepted in a JSON body. */
export const MAX_JSON_DEPTH = 32;

/** Largest request body in bytes. */
export const MAX_BODY_BYTES = 1_000_000;

/** How deep `value` nests arrays and objects (1 for `{}`), stopping once past `limit`. */
export function jsonDepth(value: unknown, limit = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== "object") continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(v as object)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Refuses JSON bodies nested deeper than MAX_JSON_DEPTH with 400 PARAMS_TOO_DEEP. */
export function registerRequestLimits(app: FastifyInstance): void {
  app.addHook("preValidation", async (req) => {
    if (
      req.body !== null &&
      typeof req.body === "object" &&
      jsonDepth(req.body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH
    ) {
      throw new HttpRefusal(
        400,
        "PARAMS_TOO_DEEP",
        `request check: the JSON body nests more than ${MAX_JSON_DEPTH} levels deep; expected flatter parameters`,
      );
    }
  });
}
