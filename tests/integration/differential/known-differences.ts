/**
 * Known differences between the embedded engine (Grafeo 0.6) and Neo4j on the differential corpus,
 * each with its reason. The README's table of dialect differences lists the same entries.
 */
import type { Outcome } from "./compare-answers.ts";

export interface KnownDifference {
  outcome: Exclude<Outcome, "identical">;
  reason: string;
  /** The answer is one of several correct ones (a tie): identical answers are fine too. */
  tie?: boolean;
}

export const KNOWN_DIFFERENCES: Readonly<Record<string, KnownDifference>> = {
  "user:shortest-path-nodes": {
    outcome: "differs",
    reason:
      "`shortestPath` returns one of several equally short paths, and which one is not defined: both give 3 hops through different nodes",
    tie: true,
  },
  "user:keys-of-node": {
    outcome: "differs",
    reason:
      "`keys()` has no defined order: Grafeo returns the keys sorted, Neo4j in storage order (the same keys)",
  },
  "user:date-duration": {
    outcome: "fails-embedded",
    reason:
      "Grafeo 0.6 does not parse namespaced temporal functions such as `duration.between()`; it subtracts dates instead (see user:date-difference), so the span of two dates has no form both engines accept",
  },
  "user:date-difference": {
    outcome: "fails-neo4j",
    reason: "Neo4j has no `Date - Date` (it wants `duration.between()`); Grafeo answers with a duration",
  },
  "user:date-function-on-text": {
    outcome: "fails-neo4j",
    reason: "`date()` of text that is not an ISO date: Neo4j raises an error, Grafeo returns null",
  },
  "user:datetime": {
    outcome: "fails-embedded",
    reason:
      "Grafeo 0.6 reads a field (`.year`) only off a variable or property, not straight off a function call; `WITH datetime(…) AS d RETURN d.year` works on both",
  },
};
