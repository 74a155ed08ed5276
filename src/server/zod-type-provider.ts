/**
 * Zod type provider: route schemas are the zod schemas of src/contract, Fastify validates requests
 * with them, and the handlers' request and reply types are derived from them, so the schema is the
 * single source of both. A failed validation becomes a 400 whose message names the request part, the
 * field and the expectation.
 */
import type { FastifySchemaCompiler, FastifySerializerCompiler, FastifyTypeProvider } from "fastify";
import type { z } from "zod";

/** Request parts typed from their zod schemas: `output` for what handlers read, `input` for replies. */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this["schema"] extends z.ZodType ? z.output<this["schema"]> : unknown;
  serializer: this["schema"] extends z.ZodType ? z.input<this["schema"]> : unknown;
}

/** A request that does not match its route's schema (HTTP 400). */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(message: string) {
    super(message);
    this.name = "RequestValidationError";
  }
}

function describeIssue(part: string, issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? ` field "${issue.path.map(String).join(".")}"` : "";
  if (issue.code === "unrecognized_keys") {
    return `${part}: additional properties are not allowed: ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  }
  return `${part}${field}: ${issue.message}`;
}

/** Fastify's name of a request part as a reader knows it. */
function partName(httpPart: string | undefined): string {
  return httpPart === "querystring"
    ? "query string"
    : httpPart === "params"
      ? "path"
      : (httpPart ?? "request");
}

/** Validates a request part with its zod schema; the parsed value (defaults, coercions) replaces it. */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data: unknown) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const part = partName(httpPart);
    return {
      error: new RequestValidationError(result.error.issues.map((i) => describeIssue(part, i)).join("; ")),
    };
  };

/** Replies are built by the server's own code, typed by their schemas: written as plain JSON. */
export const jsonSerializerCompiler: FastifySerializerCompiler<z.ZodType> = () => (data: unknown) =>
  JSON.stringify(data);
