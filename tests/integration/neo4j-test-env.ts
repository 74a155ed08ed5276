/**
 * Whether the Neo4j tests run: NEO4J_URI is set (by the user or by neo4j-global-setup.ts), and if not,
 * why they are skipped, so the skip is reported with its reason.
 */
export const NEO4J_ENABLED = Boolean(process.env["NEO4J_URI"]);

export const NEO4J_SKIP_REASON = `Neo4j tests skipped: ${
  process.env["LAGEBILD_NEO4J_SKIP_REASON"] ?? "NEO4J_URI is not set and no local Neo4j was started"
}`;
