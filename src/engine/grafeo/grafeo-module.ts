/**
 * Grafeo binding: @grafeo-db/js is CommonJS, so its classes are taken from the default export.
 * Everything else imports Grafeo from here.
 */
import pkg from "@grafeo-db/js";

export const { GrafeoDB } = pkg;
export type GrafeoDatabase = InstanceType<typeof GrafeoDB>;

/** The version of the Grafeo binding in use, e.g. "0.6.0". */
export const grafeoVersion = (): string => pkg.version();
