/**
 * HTTP refusal: an error a security check throws to refuse a request with a given status and code
 * (HOST_FORBIDDEN, ORIGIN_FORBIDDEN, PARAMS_TOO_DEEP …); http-errors.ts turns it into the usual
 * `{error: {code, message}}` body.
 */

/** A request refused before any handler ran. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HttpRefusal";
  }
}
