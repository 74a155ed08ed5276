/**
 * Security headers on every response, set by @fastify/helmet: a Content-Security-Policy that allows no
 * inline or foreign script and no framing (`frame-ancestors 'none'`), `X-Content-Type-Options: nosniff`,
 * `Referrer-Policy: no-referrer`, and helmet's other defaults.
 *
 * Allowed beyond 'self': inline styles (CodeMirror and sigma set styles at run time), `blob:` workers
 * (the ForceAtlas2 layout starts its worker from a Blob) and `data:` images (the empty favicon). HSTS
 * and upgrade-insecure-requests are off: the explorer is served over plain HTTP on loopback.
 */
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/** The Content-Security-Policy directives. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  workerSrc: ["'self'", "blob:"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/** Registers the headers on `app` (before any route). */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: "no-referrer" },
    frameguard: { action: "deny" },
    strictTransportSecurity: false,
  });
}
