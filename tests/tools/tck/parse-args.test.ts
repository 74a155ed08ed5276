/**
 * Arguments of `npm run tck`: where the features come from (flag, environment, default next to the
 * repository), the area filter, and errors that name the flag and the expectation.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTckArgs, queryBudgetMs } from "../../../tools/tck/parse-args.ts";

const ROOT = "/repo/main";

describe("parseTckArgs", () => {
  it("defaults to the TCK vendored in the repository", () => {
    const options = parseTckArgs([], {}, ROOT);
    expect(options.featuresDir).toBe("/repo/main/vendor/opencypher-tck/features");
    expect(options).toMatchObject({ areas: [], verbose: false, engines: ["grafeo"] });
    expect(queryBudgetMs(options, "grafeo")).toBe(5000);
    expect(options.jsonFile).toBeUndefined();
  });

  it("prefers --features over LAGEBILD_TCK_DIR over the default", () => {
    expect(parseTckArgs([], { LAGEBILD_TCK_DIR: "/tck/env" }, ROOT).featuresDir).toBe("/tck/env");
    expect(
      parseTckArgs(["--features", "/tck/flag"], { LAGEBILD_TCK_DIR: "/tck/env" }, ROOT).featuresDir,
    ).toBe("/tck/flag");
    expect(parseTckArgs(["--features", "rel"], {}, ROOT).featuresDir).toBe(path.resolve("rel"));
  });

  it("reads areas from repeated and comma-separated flags", () => {
    const options = parseTckArgs(
      ["--area", "clauses/match/", "--area", "expressions/list,useCases"],
      {},
      ROOT,
    );
    expect(options.areas).toEqual(["clauses/match", "expressions/list", "useCases"]);
  });

  it("reads the other flags", () => {
    const options = parseTckArgs(
      ["--verbose", "--json", "out.json", "--timeout", "2000", "--jobs", "3"],
      {},
      ROOT,
    );
    expect(options).toMatchObject({
      verbose: true,
      jsonFile: path.resolve("out.json"),
      timeoutMs: 2000,
      jobs: 3,
    });
  });

  it("runs on Grafeo unless --engine names neo4j, which gets a longer query budget, or both", () => {
    expect(parseTckArgs([], {}, ROOT)).toMatchObject({ engines: ["grafeo"], wipe: false, ownServer: false });
    const neo4j = parseTckArgs(["--engine", "neo4j", "--wipe", "--own-server"], {}, ROOT);
    expect(neo4j).toMatchObject({ engines: ["neo4j"], wipe: true, ownServer: true });
    expect(queryBudgetMs(neo4j, "neo4j")).toBe(30_000);
    const both = parseTckArgs(
      ["--engine", "grafeo,neo4j", "--engine", "neo4j", "--timeout", "900"],
      {},
      ROOT,
    );
    expect(both.engines).toEqual(["grafeo", "neo4j"]);
    expect([queryBudgetMs(both, "grafeo"), queryBudgetMs(both, "neo4j")]).toEqual([900, 900]);
  });

  it.each([
    [["--engine", "memgraph"], 'tck: --engine "memgraph" is unknown; expected one of grafeo, neo4j'],
    [["--timeout", "soon"], 'tck: --timeout: expected a positive integer, got "soon"'],
    [["--jobs", "0"], 'tck: --jobs: expected a positive integer, got "0"'],
    [["--colour"], "tck: Unknown option '--colour'"],
    [["stray"], "tck: Unexpected argument 'stray'"],
  ])("rejects %j", (argv, message) => {
    expect(() => parseTckArgs(argv, {}, ROOT)).toThrow(message);
  });
});
