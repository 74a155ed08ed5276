/**
 * Host and Origin check: the server answers only requests addressed to itself, so a web page the user
 * visits cannot reach it by DNS rebinding (a hostile name resolving to 127.0.0.1 still arrives with
 * that name in its Host header) and cannot call the API from another origin.
 *
 * - Every request's Host must name a loopback address (127.0.0.1, localhost, [::1]), the address the
 *   server listens on, or a host the user allowed (`--allowed-host`, LAGEBILD_ALLOWED_HOSTS). Port is
 *   not compared: only the name can be forged by rebinding.
 * - An /api request that carries an Origin must come from this very origin (scheme://Host), and one
 *   that carries `Sec-Fetch-Site` must be same-origin or typed by the user ("none").
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpRefusal } from "./http-refusal.ts";

/** Host names every server answers to. */
export const LOOPBACK_HOSTS: readonly string[] = ["127.0.0.1", "localhost", "[::1]"];

/** The host name of a Host header value (`[::1]:4173` → `[::1]`), lower case; "" when malformed. */
export function hostName(host: string | undefined): string {
  if (!host) return "";
  const value = host.trim().toLowerCase();
  if (value.startsWith("[")) {
    const end = value.indexOf("]");
    return end > 0 ? value.slice(0, end + 1) : "";
  }
  const colon = value.indexOf(":");
  return colon >= 0 ? value.slice(0, colon) : value;
}

/** Normalises a configured host (`::1` → `[::1]`, case folded). */
export function normaliseHost(host: string): string {
  const value = host.trim().toLowerCase();
  return value.includes(":") && !value.startsWith("[") ? `[${value}]` : hostName(value);
}

function checkHost(req: FastifyRequest, allowed: ReadonlySet<string>): void {
  const name = hostName(req.headers.host);
  if (!allowed.has(name)) {
    throw new HttpRefusal(
      403,
      "HOST_FORBIDDEN",
      `host check: Host "${String(req.headers.host ?? "").slice(0, 100)}" is not this server; expected one of ` +
        `${[...allowed].join(", ")} (add others with --allowed-host)`,
    );
  }
}

function checkOrigin(req: FastifyRequest): void {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const own = [`http://${req.headers.host}`, `https://${req.headers.host}`];
    if (!own.includes(origin.toLowerCase())) {
      throw new HttpRefusal(
        403,
        "ORIGIN_FORBIDDEN",
        `origin check: requests from "${origin.slice(0, 100)}" may not use this API; expected the explorer's own origin ${own[0]}`,
      );
    }
  }
  const site = req.headers["sec-fetch-site"];
  if (typeof site === "string" && site !== "same-origin" && site !== "none") {
    throw new HttpRefusal(
      403,
      "ORIGIN_FORBIDDEN",
      `origin check: a ${site} request may not use this API; expected a request from the explorer itself`,
    );
  }
}

/** Adds the checks to every request of `app`; `extraHosts` come from the listen address and the user. */
export function registerHostOriginCheck(app: FastifyInstance, extraHosts: readonly string[]): void {
  const allowed = new Set(
    [...LOOPBACK_HOSTS, ...extraHosts.filter((h) => h !== "" && h !== "0.0.0.0" && h !== "::")].map(
      normaliseHost,
    ),
  );
  app.addHook("onRequest", async (req) => {
    checkHost(req, allowed);
    if (req.url.startsWith("/api/") || req.url === "/api") checkOrigin(req);
  });
}
