/**
 * Grafeo binding: @grafeo-db/js is CommonJS, so its classes are taken from the default export.
 * Everything else imports Grafeo from here.
 */
import pkg from "@grafeo-db/js";

export const { GrafeoDB } = pkg;
export type GrafeoDatabase = InstanceType<typeof GrafeoDB>;
