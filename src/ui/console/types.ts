/**
 * Console types: a query run and how its result maps onto the graph view.
 */
import type { QueryResult } from "../../contract/query-result.ts";
import type { Subgraph } from "../filters/types.ts";

/** Where a query result lands in the overview graph. */
export interface ResultHighlight extends Subgraph {
  /** Result entities and relationships the overview graph does not have. */
  missingNodes: number;
  missingEdges: number;
}

/** The console's state: the running query, its result or its error. */
export type RunState =
  | { status: "idle" }
  | { status: "running"; query: string }
  | { status: "done"; query: string; result: QueryResult; highlight: ResultHighlight }
  | {
      status: "error";
      query: string;
      message: string;
      code: string;
      position: { line: number; column: number } | null;
    };

/** One example query offered in the console. */
export interface ExampleQuery {
  title: string;
  query: string;
}
