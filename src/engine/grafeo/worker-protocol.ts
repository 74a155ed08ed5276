/**
 * Messages between the embedded engine (main thread) and its Grafeo query worker.
 */
import type { QueryErrorCode } from "../../model/errors.ts";
import type { QueryResult } from "../../contract/query-result.ts";
import type { EngineSchema } from "../cypher-engine.ts";

export type WorkerRequest =
  | { op: "open"; id: number; snapshot: string }
  /** Labels, types, property keys and counts from Grafeo's own statistics (no scan). */
  | { op: "schema"; id: number }
  | {
      op: "query";
      id: number;
      query: string;
      params: Record<string, unknown>;
      readOnly: boolean;
      maxRows: number;
      /** Rows past this many bytes of JSON are left out (see result-bytes.ts). */
      maxBytes: number;
      /** Let the query read files (LOAD CSV); otherwise its plan is checked first. */
      allowFileAccess: boolean;
      nextSnapshot: string;
    };

export interface WorkerFailure {
  name: string;
  code?: QueryErrorCode;
  message: string;
  position?: { line: number; column: number; offset?: number };
}

export type WorkerResponse =
  | {
      id: number;
      ok: true;
      result?: QueryResult;
      stats?: { nodes: number; relationships: number };
      schema?: EngineSchema;
      snapshot?: string;
    }
  | { id: number; ok: false; error: WorkerFailure };
