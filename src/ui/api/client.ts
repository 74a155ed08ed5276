/**
 * API client: typed calls to the Lagebild server. Every failure becomes an ApiRequestError carrying
 * the server's code, message and (for query errors) position, so callers can show it where it belongs.
 */
import type { ApiError } from "../../contract/api/api-error.ts";
import type { GraphResponse } from "../../contract/api/graph.ts";
import type { HealthResponse } from "../../contract/api/health.ts";
import type { NodeDetailsResponse } from "../../contract/api/nodes.ts";
import type {
  ExpandResponse,
  OverviewFilterResponse,
  OverviewResponse,
} from "../../contract/api/overview.ts";
import type { QueryRequest, QueryResponse } from "../../contract/api/query.ts";
import type { SchemaResponse } from "../../contract/api/schema-info.ts";
import type { SearchResponse } from "../../contract/api/search.ts";
import type { SourceResponse, SourcesResponse } from "../../contract/api/sources.ts";

/** An API call that failed: HTTP status plus the server's error body when it sent one. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly position: { line: number; column: number } | null = null,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch (error) {
    if (init?.signal?.aborted) throw new ApiRequestError(0, "CANCELLED", "The query was cancelled.");
    throw new ApiRequestError(0, "network", `Cannot reach the server (${(error as Error).message})`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as ApiError | null)?.error;
    const message = error?.message ?? `${path}: HTTP ${response.status}`;
    const position = error?.position ? { line: error.position.line, column: error.position.column } : null;
    throw new ApiRequestError(response.status, error?.code ?? `http_${response.status}`, message, position);
  }
  return body as T;
}

const q = encodeURIComponent;

export const api = {
  /** 503 is an answer here too: the server is up and says why its engine is not. */
  health: async (): Promise<HealthResponse> => {
    let response: Response;
    try {
      response = await fetch("/api/health", { headers: { accept: "application/json" } });
    } catch (error) {
      throw new ApiRequestError(0, "network", `Cannot reach the server (${(error as Error).message})`);
    }
    if (response.ok || response.status === 503) return (await response.json()) as HealthResponse;
    throw new ApiRequestError(
      response.status,
      `http_${response.status}`,
      `/api/health: HTTP ${response.status}`,
    );
  },

  graph: (synthetic: number | null) =>
    request<GraphResponse>(synthetic ? `/api/graph?synthetic=${synthetic}` : "/api/graph"),
  schema: () => request<SchemaResponse>("/api/schema"),
  overview: () => request<OverviewResponse>("/api/overview"),
  expand: (id: string, limit: number, offset: number, minRank: number) =>
    request<ExpandResponse>(`/api/nodes/${q(id)}/expand?limit=${limit}&offset=${offset}&minRank=${minRank}`),
  search: (text: string, signal?: AbortSignal) =>
    request<SearchResponse>(`/api/search?q=${q(text)}`, signal ? { signal } : undefined),
  node: (id: string, offset = 0) =>
    request<NodeDetailsResponse>(`/api/nodes/${q(id)}${offset > 0 ? `?offset=${offset}` : ""}`),
  overviewFiltered: (query: string, signal?: AbortSignal) =>
    request<OverviewFilterResponse>(`/api/overview/filtered?${query}`, signal ? { signal } : undefined),
  sources: () => request<SourcesResponse>("/api/sources"),
  source: (id: string) => request<SourceResponse>(`/api/sources/${q(id)}`),
  /** Aborting `signal` closes the request, and the server stops the query. */
  query: (body: QueryRequest, signal?: AbortSignal) =>
    request<QueryResponse>("/api/query", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
      ...(signal ? { signal } : {}),
    }),
};
