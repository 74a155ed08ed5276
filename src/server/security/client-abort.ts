/**
 * Client abort: an AbortSignal that fires when the client goes away before its answer is sent (the UI's
 * "Cancel query" aborts its fetch, which closes the connection), so the engine stops that query at once
 * and frees its process.
 */
import type { FastifyReply, FastifyRequest } from "fastify";

/** A signal aborted when the connection of `reply` closes before the response was written. */
export function abortOnClientClose(req: FastifyRequest, reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  const onClose = (): void => {
    if (!reply.raw.writableFinished) controller.abort(new Error("the client closed the connection"));
  };
  reply.raw.once("close", onClose);
  req.raw.once("aborted", onClose);
  return controller.signal;
}
