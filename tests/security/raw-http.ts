/**
 * Raw HTTP for the security suite: requests with any Host, Origin, method or body (fetch forbids
 * setting Host), answered with status, headers, text and parsed JSON.
 */
import http from "node:http";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: { error?: { code?: string; message?: string } } & Record<string, unknown>;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Sends one request to `base` (http://127.0.0.1:port) on a fresh connection. */
export function send(base: string, request: RawRequest): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method ?? "GET",
        path: request.path,
        agent: false,
        headers: {
          ...(request.body !== undefined ? { "content-type": "application/json" } : {}),
          ...request.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: RawResponse["json"] = {};
          try {
            json = JSON.parse(text) as RawResponse["json"];
          } catch {
            // not JSON: the test asserting the shape reports it
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

/** POST /api/query with a JSON body. */
export function postQuery(
  base: string,
  query: string,
  params?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return send(base, {
    method: "POST",
    path: "/api/query",
    headers,
    body: JSON.stringify({ query, ...(params ? { params } : {}) }),
  });
}
