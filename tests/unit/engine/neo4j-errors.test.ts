/**
 * Neo4j error mapping with the driver's own error class: each Neo4j status code becomes the project's
 * QueryError code or an EngineUnavailableError naming the URI and the cause; positions are read from
 * Neo4j's message or from a GQL diagnostic record.
 */
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { mapNeo4jError } from "../../../src/engine/neo4j/neo4j-errors.ts";
import { EngineUnavailableError, QueryError } from "../../../src/model/errors.ts";

const CONTEXT = { uri: "neo4j://db.example:7687", database: "lagebild" };

function neo4jError(code: string, message: string, options: { cause?: Error } = {}) {
  return new neo4j.Neo4jError(message, code, "50N42", "error", undefined, options.cause);
}

describe("mapNeo4jError to QueryError", () => {
  it.each([
    [
      "a syntax error, with Neo4j's position",
      neo4jError(
        "Neo.ClientError.Statement.SyntaxError",
        `Invalid input 'RETRN': expected 'RETURN' (line 1, column 11 (offset: 10))\n"MATCH (n) RETRN n"\n           ^`,
      ),
      "SYNTAX_ERROR",
      { line: 1, column: 11, offset: 10 },
    ],
    [
      "an undefined variable, which Neo4j files under SyntaxError",
      neo4jError(
        "Neo.ClientError.Statement.SyntaxError",
        "Variable `m` not defined (line 2, column 8 (offset: 34))",
      ),
      "SEMANTIC_ERROR",
      { line: 2, column: 8, offset: 34 },
    ],
    [
      "a syntax error whose position is only in a GQL cause's diagnostic record",
      neo4jError("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'", {
        cause: new neo4j.Neo4jError("cause", "N/A", "42I06", "invalid input", {
          OPERATION: "",
          OPERATION_CODE: "0",
          CURRENT_SCHEMA: "/",
          _position: { line: neo4j.int(3), column: neo4j.int(4), offset: neo4j.int(20) },
        }),
      }),
      "SYNTAX_ERROR",
      { line: 3, column: 4, offset: 20 },
    ],
    [
      "a type error",
      neo4jError("Neo.ClientError.Statement.TypeError", "Expected a String but got Long"),
      "SEMANTIC_ERROR",
      undefined,
    ],
    [
      "a missing parameter",
      neo4jError("Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): id"),
      "MISSING_PARAMETER",
      undefined,
    ],
    [
      "a transaction timeout set by the client",
      neo4jError(
        "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
        "The transaction has not completed within the timeout specified at its start by the client.",
      ),
      "QUERY_TIMEOUT",
      undefined,
    ],
    [
      "a transaction timeout set by the server",
      neo4jError(
        "Neo.ClientError.Transaction.TransactionTimedOut",
        "The transaction has not completed within the specified timeout",
      ),
      "QUERY_TIMEOUT",
      undefined,
    ],
    [
      "a transaction terminated for its timeout",
      neo4jError(
        "Neo.ClientError.Transaction.Terminated",
        "The transaction has been terminated. Reason: timed out",
      ),
      "QUERY_TIMEOUT",
      undefined,
    ],
    [
      "a write in a READ transaction",
      neo4jError("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed."),
      "WRITE_FORBIDDEN",
      undefined,
    ],
    [
      "a token creation refused in a READ transaction",
      neo4jError(
        "Neo.ClientError.Security.Forbidden",
        "Create new label is not allowed for user 'neo4j' with roles [PUBLIC, admin] overridden by READ.",
      ),
      "WRITE_FORBIDDEN",
      undefined,
    ],
    [
      "any other permission failure",
      neo4jError("Neo.ClientError.Security.Forbidden", "Access denied to database 'secret'."),
      "QUERY_FAILED",
      undefined,
    ],
    [
      "any other Neo4j failure",
      neo4jError("Neo.ClientError.Statement.ArithmeticError", "/ by zero"),
      "QUERY_FAILED",
      undefined,
    ],
  ])("maps %s", (_what, error, code, position) => {
    const mapped = mapNeo4jError(error, CONTEXT);
    expect(mapped).toBeInstanceOf(QueryError);
    expect((mapped as QueryError).code).toBe(code);
    expect((mapped as QueryError).position).toEqual(position);
    expect(mapped.message).toMatch(/^neo4j: /);
    expect(mapped.message).not.toContain("\n");
  });

  it("names the Neo4j code of an unexpected failure", () => {
    expect(
      mapNeo4jError(neo4jError("Neo.ClientError.Statement.ArithmeticError", "/ by zero"), CONTEXT).message,
    ).toBe("neo4j: Neo.ClientError.Statement.ArithmeticError: / by zero");
  });
});

describe("mapNeo4jError to EngineUnavailableError", () => {
  it.each([
    [
      "an unreachable server",
      neo4jError("ServiceUnavailable", "Could not perform discovery. No routing servers available.", {
        cause: new Error("Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687"),
      }),
      /^neo4j: cannot reach Neo4j at neo4j:\/\/db\.example:7687 \(database "lagebild"\): connect ECONNREFUSED 127\.0\.0\.1:7687; is Neo4j running/,
    ],
    [
      "bad credentials",
      neo4jError(
        "Neo.ClientError.Security.Unauthorized",
        "The client is unauthorized due to authentication failure.",
      ),
      /^neo4j: authentication failed at neo4j:\/\/db\.example:7687 \(database "lagebild"\): The client is unauthorized .*; check NEO4J_USERNAME and NEO4J_PASSWORD/,
    ],
    [
      "a lost session",
      neo4jError("SessionExpired", "Server at db.example:7687 is no longer available"),
      /^neo4j: lost the connection to Neo4j at neo4j:\/\/db\.example:7687/,
    ],
    [
      "an unknown database",
      neo4jError(
        "Neo.ClientError.Database.DatabaseNotFound",
        "Database does not exist. Database name: 'lagebild'.",
      ),
      /^neo4j: database not found at .*: Database does not exist.*; check NEO4J_DATABASE/,
    ],
  ])("maps %s, naming the URI and the cause", (_what, error, message) => {
    const mapped = mapNeo4jError(error, CONTEXT);
    expect(mapped).toBeInstanceOf(EngineUnavailableError);
    expect(mapped.message).toMatch(message);
    expect(mapped.cause).toBe(error);
  });
});

describe("mapNeo4jError passing errors through", () => {
  it.each([
    ["a QueryError", new QueryError("WRITE_FORBIDDEN", "neo4j: writes")],
    ["an EngineUnavailableError", new EngineUnavailableError("neo4j: down")],
    ["an error without a Neo4j code", new Error('neo4j load: batch "entities Person rows 1-8 of 8" failed')],
  ])("returns %s unchanged", (_what, error) => {
    expect(mapNeo4jError(error, CONTEXT)).toBe(error);
  });
});
