/**
 * The reader's questions of issue #11 (who says so, when it holds, how many, under what condition),
 * asked in Cypher through the real embedded engine on the real graph-data; every answer is taken from
 * the article (see reader-questions.ts). The same table runs on Neo4j in
 * tests/integration/neo4j-reader-questions.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedEngine } from "../../../src/engine/grafeo/embedded-engine.ts";
import { loadGraphData } from "../../../src/io/load-graph-data.ts";
import { ask, READER_QUESTIONS } from "./reader-questions.ts";

let engine: EmbeddedEngine;

beforeAll(async () => {
  engine = EmbeddedEngine.create();
  await engine.load(loadGraphData());
});
afterAll(async () => engine.close());

describe("the graph answers the reader's questions on the embedded engine", () => {
  it.each(READER_QUESTIONS.map((q) => [q.question, q] as const))("%s", async (_name, question) => {
    expect(await ask(engine, question)).toEqual([...question.answer].sort());
  });
});
