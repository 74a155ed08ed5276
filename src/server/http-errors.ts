/**
 * HTTP error mapping: the one place where errors become HTTP statuses and `{error: {code, message}}`
 * bodies. No stack trace ever reaches a client.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { EngineUnavailableError, QueryError, type QueryErrorCode } from "../model/errors.ts";
import type { ApiError } from "../contract/api/api-error.ts";
import { NotFoundError } from "./explorer-service.ts";
import { HttpRefusal } from "./security/http-refusal.ts";

const QUERY_STATUS: Record<QueryErrorCode, number> = {
  SYNTAX_ERROR: 400,
  SEMANTIC_ERROR: 400,
  MISSING_PARAMETER: 400,
  BAD_REQUEST: 400,
  QUERY_FAILED: 400,
  WRITE_FORBIDDEN: 403,
  FILE_ACCESS_FORBIDDEN: 403,
  // Not 408: browsers silently re-send a POST answered 408 on a reused connection.
  QUERY_TIMEOUT: 504,
  RESOURCE_LIMIT: 422,
  // The client has gone; nginx's code for "client closed request".
  CANCELLED: 499,
};

/** Codes of Fastify's own errors (body parsing, routing). */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "BAD_REQUEST",
  FST_ERR_CTP_EMPTY_JSON_BODY: "BAD_REQUEST",
  FST_ERR_CTP_INVALID_JSON_BODY: "BAD_REQUEST",
  FST_ERR_NOT_FOUND: "NOT_FOUND",
};

/** Status and body for any error thrown while answering a request. */
export function toHttpError(error: unknown): { status: number; body: ApiError } {
  if (error instanceof QueryError) {
    return {
      status: QUERY_STATUS[error.code],
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(error.position ? { position: error.position } : {}),
        },
      },
    };
  }
  if (error instanceof HttpRefusal) {
    return { status: error.status, body: { error: { code: error.code, message: error.message } } };
  }
  if (error instanceof NotFoundError)
    return { status: 404, body: { error: { code: "NOT_FOUND", message: error.message } } };
  if (error instanceof EngineUnavailableError) {
    return { status: 503, body: { error: { code: "ENGINE_UNAVAILABLE", message: error.message } } };
  }
  const fe = error as Partial<FastifyError>;
  if (
    fe.validation ||
    fe.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" ||
    fe.code === "FST_ERR_CTP_EMPTY_JSON_BODY" ||
    (fe.statusCode !== undefined && fe.statusCode >= 400 && fe.statusCode < 500)
  ) {
    return {
      status: fe.statusCode ?? 400,
      body: {
        error: { code: FASTIFY_CODES[fe.code ?? ""] ?? "BAD_REQUEST", message: fe.message ?? "bad request" },
      },
    };
  }
  return {
    status: 500,
    body: { error: { code: "INTERNAL", message: "internal error; see the server log" } },
  };
}

/** Fastify error handler: logs server faults, answers JSON. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toHttpError(error);
  if (status === 503) request.log.warn(body.error.message);
  else if (status >= 500) request.log.error({ err: error }, "request failed");
  void reply.status(status).send(body);
}
