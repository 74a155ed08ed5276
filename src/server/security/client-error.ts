/**
 * Client errors: requests Node's HTTP parser rejects before Fastify routes them (headers or URL too
 * large: 431; malformed: 400) get the same `{error: {code, message}}` JSON as every other error.
 */
import type { Socket } from "node:net";

const CODES: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, "HEADERS_TOO_LARGE", "the request line or headers are too large"],
};

/** Fastify `clientErrorHandler`: answers with a JSON error and closes the connection. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [status, code, message] = CODES[error.code ?? ""] ?? [400, "BAD_REQUEST", "malformed HTTP request"];
  const body = JSON.stringify({ error: { code, message: `http: ${message}` } });
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? "Request Header Fields Too Large" : "Bad Request"}\r\n` +
      "Content-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      "X-Content-Type-Options: nosniff\r\n" +
      "Connection: close\r\n\r\n" +
      body,
  );
}
