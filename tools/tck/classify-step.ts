/**
 * Step vocabulary: the TCK step texts the runner understands, each mapped to one StepAction (including
 * the newer `an error with GQL code … should be raised`, which Grafeo's GQLSTATUS can match). Anything
 * else (e.g. `there exists a procedure …`, which Grafeo has no API to register) is `unsupported` and
 * fails its scenario rather than being skipped silently.
 */
import { parseErrorExpectation, type ErrorExpectation } from "./error-expectation.ts";

export type StepAction =
  | { kind: "empty-graph" }
  | { kind: "named-graph"; name: string }
  | { kind: "setup-query" }
  | { kind: "parameters" }
  | { kind: "query" }
  | { kind: "control-query" }
  | { kind: "result"; ordered: boolean; unorderedLists: boolean }
  | { kind: "empty-result" }
  | { kind: "no-side-effects" }
  | { kind: "side-effects" }
  | { kind: "error"; expectation: ErrorExpectation }
  | { kind: "gql-error"; code: string; message?: string }
  | { kind: "unsupported" };

const RESULTS = new Map<string, { ordered: boolean; unorderedLists: boolean }>([
  ["the result should be, in any order:", { ordered: false, unorderedLists: false }],
  ["the result should be, in order:", { ordered: true, unorderedLists: false }],
  ["the result should be (ignoring element order for lists):", { ordered: false, unorderedLists: true }],
  [
    "the result should be, in order (ignoring element order for lists):",
    { ordered: true, unorderedLists: true },
  ],
]);
const GQL_CODE = /^an? error with GQL code (\S+) should be raised(?: with message matching: (.+))?$/;

/** Maps a step text (without its keyword) to what the runner does for it. */
export function classifyStep(text: string): StepAction {
  const step = text.trim();
  switch (step) {
    case "an empty graph":
    case "any graph":
      return { kind: "empty-graph" };
    case "having executed:":
      return { kind: "setup-query" };
    case "parameters are:":
      return { kind: "parameters" };
    case "executing query:":
      return { kind: "query" };
    case "executing control query:":
      return { kind: "control-query" };
    case "the result should be empty":
      return { kind: "empty-result" };
    case "no side effects":
      return { kind: "no-side-effects" };
    case "the side effects should be:":
      return { kind: "side-effects" };
  }
  const result = RESULTS.get(step);
  if (result) return { kind: "result", ...result };
  const gql = GQL_CODE.exec(step);
  if (gql) return { kind: "gql-error", code: gql[1]!, ...(gql[2] === undefined ? {} : { message: gql[2] }) };
  const graph = /^the ([\w-]+) graph$/.exec(step);
  if (graph) return { kind: "named-graph", name: graph[1]! };
  const expectation = parseErrorExpectation(step);
  if (expectation) return { kind: "error", expectation };
  return { kind: "unsupported" };
}
