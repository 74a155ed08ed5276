/**
 * Engine arguments: every command that works on an engine takes `--engine NAME` (else LAGEBILD_ENGINE,
 * else the default engine) and the chosen engine's settings as flags, as the registry declares them.
 * A flag no engine and no command knows is an error, and so is a flag of another engine or one the
 * command does not use: nothing given on the command line is silently ignored.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { EngineCommand, EngineDefinition, EngineFlagValues } from "../engine/engine-definition.ts";
import { DEFAULT_ENGINE, engineByName, ENGINES } from "../engine/engines.ts";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** What a command line holds once parsed. */
export interface EngineCommandLine {
  engine: EngineDefinition;
  /** The chosen engine's flags that were given. */
  engineFlags: EngineFlagValues;
  /** The command's own flags. */
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** parseArgs options of every engine's flags (an engine flag has one type whichever engine has it). */
export function engineFlagOptions(): ParseArgsOptionsConfig {
  const options: ParseArgsOptionsConfig = { engine: { type: "string" } };
  for (const engine of ENGINES) {
    for (const [name, flag] of Object.entries(engine.flags)) {
      const known = options[name];
      if (known && known.type !== flag.type) {
        throw new Error(
          `engines: --${name} is a ${known.type} flag elsewhere but a ${flag.type} flag of ${engine.name}`,
        );
      }
      options[name] = { type: flag.type };
    }
  }
  return options;
}

/** Usage lines of the engine flags a command takes. */
export function engineUsage(command: EngineCommand): string {
  const lines = [
    `  --engine NAME    ${ENGINES.map((e) => e.name).join(" | ")} (default: $LAGEBILD_ENGINE, else ${DEFAULT_ENGINE})`,
  ];
  for (const engine of ENGINES) {
    const flags = Object.entries(engine.flags).filter(([, f]) => f.commands.includes(command));
    if (flags.length === 0) continue;
    lines.push(`  with --engine ${engine.name}:`);
    for (const [name, flag] of flags) {
      lines.push(`    --${name}${flag.type === "string" ? " VALUE" : ""}  ${flag.help}`);
    }
  }
  return lines.join("\n");
}

/** Names of the engines that have flag `name`. */
function ownersOf(name: string): string[] {
  return ENGINES.filter((e) => name in e.flags).map((e) => e.name);
}

/**
 * Parses a command line of `command`: its own `options`, `--engine` and the engines' flags.
 * `engineName` overrides the engine choice (for an alias such as `--neo4j`).
 */
export function parseEngineCommand(
  command: EngineCommand,
  argv: string[],
  options: ParseArgsOptionsConfig,
  settings: {
    env: NodeJS.ProcessEnv;
    allowPositionals?: boolean;
    engineName?: (values: Record<string, unknown>) => string | undefined;
  },
): EngineCommandLine {
  const engineOptions = engineFlagOptions();
  for (const name of Object.keys(options)) {
    if (name in engineOptions)
      throw new Error(`${command}: --${name} is both a command flag and an engine flag`);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...options, ...engineOptions },
      strict: true,
      allowPositionals: settings.allowPositionals ?? false,
    });
  } catch (error) {
    const known = Object.keys({ ...options, ...engineOptions }).map((n) => `--${n}`);
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}; expected one of ${known.join(", ")}`,
    );
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const name =
    settings.engineName?.(values) ??
    (typeof values["engine"] === "string" ? values["engine"] : undefined) ??
    settings.env["LAGEBILD_ENGINE"] ??
    DEFAULT_ENGINE;
  const engine = engineByName(name);
  const engineFlags: Record<string, string | boolean | undefined> = {};
  const own: Record<string, string | boolean | string[] | undefined> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key === "engine" || value === undefined) continue;
    if (key in options) {
      own[key] = value;
      continue;
    }
    const flag = engine.flags[key];
    if (!flag) {
      throw new Error(
        `--${key} is a setting of --engine ${ownersOf(key).join(" or ")}, not of ${engine.name}`,
      );
    }
    if (!flag.commands.includes(command)) {
      throw new Error(
        `--${key} applies to ${flag.commands.join(", ")} with --engine ${engine.name}, not to ${command}`,
      );
    }
    engineFlags[key] = value as string | boolean;
  }
  return { engine, engineFlags, values: own, positionals: parsed.positionals };
}
