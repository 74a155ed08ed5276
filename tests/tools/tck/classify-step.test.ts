/**
 * The step vocabulary and error expectations: every step text the TCK uses maps to an action, others
 * are unsupported, and an error step passes on any error of the expected phase.
 */
import { describe, expect, it } from "vitest";
import { classifyStep } from "../../../tools/tck/classify-step.ts";
import {
  checkGqlCode,
  checkRaised,
  errorPhase,
  parseErrorExpectation,
} from "../../../tools/tck/error-expectation.ts";

describe("classifyStep", () => {
  it.each([
    ["an empty graph", { kind: "empty-graph" }],
    ["any graph", { kind: "empty-graph" }],
    ["the binary-tree-1 graph", { kind: "named-graph", name: "binary-tree-1" }],
    ["having executed:", { kind: "setup-query" }],
    ["parameters are:", { kind: "parameters" }],
    ["executing query:", { kind: "query" }],
    ["executing control query:", { kind: "control-query" }],
    ["the result should be, in any order:", { kind: "result", ordered: false, unorderedLists: false }],
    ["the result should be, in order:", { kind: "result", ordered: true, unorderedLists: false }],
    [
      "the result should be (ignoring element order for lists):",
      { kind: "result", ordered: false, unorderedLists: true },
    ],
    [
      "the result should be, in order (ignoring element order for lists):",
      { kind: "result", ordered: true, unorderedLists: true },
    ],
    ["the result should be empty", { kind: "empty-result" }],
    ["no side effects", { kind: "no-side-effects" }],
    ["the side effects should be:", { kind: "side-effects" }],
    ["an error with GQL code 22012 should be raised", { kind: "gql-error", code: "22012" }],
    [
      "an error with GQL code 42001 should be raised with message matching: syntax",
      { kind: "gql-error", code: "42001", message: "syntax" },
    ],
    ["there exists a procedure test.labels() :: (label :: STRING?):", { kind: "unsupported" }],
    ["there exists a CSV file with URL as $url, with rows:", { kind: "unsupported" }],
    ["the result should be:", { kind: "unsupported" }],
  ])("maps %j", (text, action) => {
    expect(classifyStep(text)).toEqual(action);
  });

  it("reads the type, phase and detail of an error step", () => {
    expect(classifyStep("a SyntaxError should be raised at compile time: UndefinedVariable")).toEqual({
      kind: "error",
      expectation: { type: "SyntaxError", phase: "compile time", detail: "UndefinedVariable" },
    });
    expect(
      parseErrorExpectation("an EntityNotFound should be raised at runtime: DeletedEntityAccess")?.phase,
    ).toBe("runtime");
  });
});

describe("checkRaised", () => {
  const syntax = {
    message: "Query error: GRAFEO-Q001: syntax error: x\n  --> query:1:1",
    gqlStatus: "42001",
  };
  const division = { message: "Query error: GRAFEO-Q006: division by zero: 1 / 0", gqlStatus: "22012" };
  const compileTime = parseErrorExpectation(
    "a SyntaxError should be raised at compile time: UnexpectedSyntax",
  )!;
  const runtime = parseErrorExpectation("an ArithmeticError should be raised at runtime: DivisionByZero")!;
  const anyTime = parseErrorExpectation("a TypeError should be raised at any time: *")!;

  it("tells the phase from the GQLSTATUS class, else from the message", () => {
    expect(errorPhase(syntax)).toBe("compile time");
    expect(errorPhase(division)).toBe("runtime");
    expect(errorPhase({ message: "GRAFEO-Q002: semantic error: Undefined variable 'x'" })).toBe(
      "compile time",
    );
  });

  it("passes an error of the expected phase, whatever its type", () => {
    expect(checkRaised(compileTime, syntax)).toBeUndefined();
    expect(checkRaised(runtime, division)).toBeUndefined();
    expect(checkRaised(anyTime, division)).toBeUndefined();
  });

  it("fails an error of the other phase, or no error", () => {
    expect(checkRaised(runtime, syntax)).toBe(
      "expected ArithmeticError (DivisionByZero) at runtime, got a compile time error [42001]: GRAFEO-Q001: syntax error: x",
    );
    expect(checkRaised(compileTime, undefined)).toBe(
      "expected SyntaxError (UnexpectedSyntax) at compile time, but the query succeeded",
    );
  });
});

describe("checkGqlCode", () => {
  const division = { message: "Query error: GRAFEO-Q006: division by zero: 1 / 0", gqlStatus: "22012" };

  it("matches the GQLSTATUS exactly, and the message when a pattern is given", () => {
    expect(checkGqlCode("22012", undefined, division)).toBeUndefined();
    expect(checkGqlCode("22012", "division by zero", division)).toBeUndefined();
    expect(checkGqlCode("22012", "overflow", division)).toBe(
      "expected a message matching overflow, got: GRAFEO-Q006: division by zero: 1 / 0",
    );
    expect(checkGqlCode("22003", undefined, division)).toBe(
      "expected an error with GQL code 22003, got 22012: GRAFEO-Q006: division by zero: 1 / 0",
    );
    expect(checkGqlCode("22003", undefined, undefined)).toBe(
      "expected an error with GQL code 22003, but the query succeeded",
    );
  });
});
