/**
 * Neo4j errors against the TCK's error steps: the phase comes from where the query failed (RUN is
 * compile time, PULL is runtime), and the TCK type must be one that Neo4j's status code stands for.
 * The driver errors here carry the fields the driver gives them (code, gqlStatus, message).
 */
import { describe, expect, it } from "vitest";
import { checkRaised, parseErrorExpectation } from "../../../tools/tck/error-expectation.ts";
import { fromNeo4jError, isTimeout, TCK_TYPES_BY_CODE } from "../../../tools/tck/neo4j-errors.ts";

const undefinedVariable = {
  code: "Neo.ClientError.Statement.SyntaxError",
  gqlStatus: "42001",
  message: "Variable `x` not defined (line 1, column 8 (offset: 7))",
};
const divisionByZero = {
  code: "Neo.ClientError.Statement.ArithmeticError",
  gqlStatus: "22012",
  message: "/ by zero",
};
const connectedNode = {
  code: "Neo.ClientError.Schema.ConstraintValidationFailed",
  gqlStatus: "G1001",
  message: "Cannot delete node<0>, because it still has relationships.",
};

function expectation(text: string) {
  const parsed = parseErrorExpectation(text);
  if (!parsed) throw new Error(`not an error step: ${text}`);
  return parsed;
}

describe("fromNeo4jError", () => {
  it("keeps the phase, code, GQL status and the TCK types the code stands for", () => {
    expect(fromNeo4jError(undefinedVariable, "compile time")).toEqual({
      message: undefinedVariable.message,
      phase: "compile time",
      code: "Neo.ClientError.Statement.SyntaxError",
      gqlStatus: "42001",
      tckTypes: ["SyntaxError", "SemanticError", "TypeError"],
    });
  });

  it("gives a code Neo4j has but the TCK does not know no TCK type, and reads a bare message", () => {
    expect(
      fromNeo4jError({ code: "Neo.DatabaseError.General.UnknownError", message: "boom" }, "runtime").tckTypes,
    ).toEqual([]);
    expect(fromNeo4jError("socket closed", "runtime")).toEqual({
      message: "socket closed",
      phase: "runtime",
    });
  });

  it("tells Neo4j's transaction timeout from other errors", () => {
    const timedOut = {
      code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
      message: "The transaction has not completed within the timeout specified at its start by the client.",
    };
    expect(isTimeout(fromNeo4jError(timedOut, "runtime"))).toBe(true);
    expect(isTimeout(fromNeo4jError(divisionByZero, "runtime"))).toBe(false);
  });

  it("maps every code to TCK types the TCK uses", () => {
    const known = [
      "SyntaxError",
      "SemanticError",
      "TypeError",
      "ArgumentError",
      "ArithmeticError",
      "EntityNotFound",
    ];
    const more = ["ParameterMissing", "ConstraintVerificationFailed", "ProcedureError"];
    for (const types of Object.values(TCK_TYPES_BY_CODE)) {
      for (const type of types) expect([...known, ...more]).toContain(type);
    }
  });
});

describe("checkRaised with Neo4j errors", () => {
  it.each([
    ["a SyntaxError should be raised at compile time: UndefinedVariable", undefinedVariable, "compile time"],
    ["a TypeError should be raised at compile time: InvalidArgumentType", undefinedVariable, "compile time"],
    [
      "a ConstraintVerificationFailed should be raised at runtime: DeleteConnectedNode",
      connectedNode,
      "runtime",
    ],
    ["a ArithmeticError should be raised at any time: DivisionByZero", divisionByZero, "compile time"],
  ] as const)("passes %s", (step, error, phase) => {
    expect(checkRaised(expectation(step), fromNeo4jError(error, phase))).toBeUndefined();
  });

  it("fails an error raised in the other phase", () => {
    const step = expectation("a SyntaxError should be raised at compile time: UndefinedVariable");
    expect(checkRaised(step, fromNeo4jError(undefinedVariable, "runtime"))).toBe(
      "expected SyntaxError (UndefinedVariable) at compile time, got a runtime error " +
        "[42001 Neo.ClientError.Statement.SyntaxError]: Variable `x` not defined (line 1, column 8 (offset: 7))",
    );
  });

  it("fails an error whose code stands for other TCK types", () => {
    const step = expectation("a TypeError should be raised at runtime: InvalidArgumentValue");
    expect(checkRaised(step, fromNeo4jError(divisionByZero, "runtime"))).toBe(
      "expected TypeError (InvalidArgumentValue) at runtime, got an error of another type (ArithmeticError) " +
        "[22012 Neo.ClientError.Statement.ArithmeticError]: / by zero",
    );
  });
});
