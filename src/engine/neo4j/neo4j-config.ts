/**
 * Neo4j connection settings: where the URI, user name, password and database come from.
 *
 * Each setting is taken from the first of: a command-line flag, the real environment, a `.env` file in
 * the working directory (the file Neo4j Aura hands out uses the same names), and `.lagebild/neo4j/env`,
 * which `npm run neo4j:start` writes for the local Neo4j (and `neo4j:stop` removes). The `.env` file is parsed
 * with `util.parseEnv` and never written into `process.env`, so it cannot override a real variable and
 * resolving settings has no side effects. A missing setting is reported together with every other
 * missing one, naming the flag and the variable that would provide it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";

/** Everything needed to open a driver. `database` absent means the server's default database. */
export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

/** Values given on the command line (`--uri`, `--username`, `--password`, `--database`). */
export type Neo4jConfigFlags = Partial<Neo4jConfig>;

/** Where settings are read from; defaults are the real process. */
export interface Neo4jConfigSources {
  flags?: Neo4jConfigFlags;
  env?: NodeJS.ProcessEnv;
  /** Directory whose `.env` file is read; defaults to `process.cwd()`. */
  cwd?: string;
}

interface Setting {
  key: keyof Neo4jConfig;
  flag: string;
  env: string;
  required: boolean;
}

const SETTINGS: readonly Setting[] = [
  { key: "uri", flag: "--uri", env: "NEO4J_URI", required: true },
  { key: "username", flag: "--username", env: "NEO4J_USERNAME", required: true },
  { key: "password", flag: "--password", env: "NEO4J_PASSWORD", required: true },
  { key: "database", flag: "--database", env: "NEO4J_DATABASE", required: false },
];

/** URI schemes the Neo4j JavaScript driver accepts. */
const URI_PATTERN = /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/;

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The env file `npm run neo4j:start` writes, relative to the working directory. */
export const LOCAL_NEO4J_ENV_FILE = join(".lagebild", "neo4j", "env");

/** Reads `<dir>/<file>` (`.env` by default) without touching `process.env`; an absent file yields no values. */
export function readDotEnv(dir: string, file = ".env"): Record<string, string | undefined> {
  const path = join(dir, file);
  if (!existsSync(path)) return {};
  try {
    return parseEnv(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(
      `neo4j settings: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}

/**
 * Resolves the settings from flags > environment > `.env` > `.lagebild/neo4j/env`; throws naming every
 * missing or invalid one.
 */
export function resolveNeo4jConfig(sources: Neo4jConfigSources = {}): Neo4jConfig {
  const flags = sources.flags ?? {};
  const env = sources.env ?? process.env;
  const cwd = sources.cwd ?? process.cwd();
  const dotEnv = readDotEnv(cwd);
  const localEnv = readDotEnv(cwd, LOCAL_NEO4J_ENV_FILE);
  const values: Partial<Neo4jConfig> = {};
  const missing: Setting[] = [];
  for (const setting of SETTINGS) {
    const value =
      nonEmpty(flags[setting.key]) ??
      nonEmpty(env[setting.env]) ??
      nonEmpty(dotEnv[setting.env]) ??
      nonEmpty(localEnv[setting.env]);
    if (value !== undefined) values[setting.key] = value;
    else if (setting.required) missing.push(setting);
  }
  if (missing.length > 0) {
    const names = missing.map((s) => `${s.env} (or ${s.flag})`).join(", ");
    throw new Error(
      `neo4j settings: missing ${names}; expected each as a command-line flag, an environment variable ` +
        `or a line NAME=value in ${join(cwd, ".env")}, or start the local Neo4j with npm run neo4j:start`,
    );
  }
  const config = values as Neo4jConfig;
  if (!URI_PATTERN.test(config.uri)) {
    throw new Error(
      `neo4j settings: NEO4J_URI "${config.uri}" is not a Neo4j URI; expected neo4j://, neo4j+s://, ` +
        `bolt:// or bolt+s:// followed by a host, such as neo4j://localhost:7687`,
    );
  }
  return config;
}

/** The settings as safe to print: URI, user and database, never the password. */
export function describeNeo4jConfig(config: Neo4jConfig): string {
  return `${config.uri} as ${config.username}, database ${config.database ?? "(server default)"}`;
}
