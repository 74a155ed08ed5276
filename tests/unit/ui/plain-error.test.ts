import { describe, expect, it } from "vitest";
import { plainError } from "../../../src/ui/console/plain-error.ts";

describe("plain-language query errors", () => {
  it.each([
    [
      "SYNTAX_ERROR",
      "grafeo: Query error: GRAFEO-Q001: syntax error: [Cypher] Expected RParen --> query:1:10",
      "Expected ')' at line 1, column 10.",
    ],
    [
      "SEMANTIC_ERROR",
      "grafeo: Query error: GRAFEO-Q002: semantic error: Undefined variable 'b' help: Did you mean 'a'?",
      "Undefined variable 'b'. Did you mean 'a'?",
    ],
    [
      "SEMANTIC_ERROR",
      "grafeo: Query error: GRAFEO-Q002: semantic error: Unknown function 'foo'",
      "Unknown function 'foo'.",
    ],
    [
      "MISSING_PARAMETER",
      "grafeo: Query error: GRAFEO-Q002: semantic error: Missing parameter for SKIP/LIMIT: $x",
      "Missing parameter for SKIP/LIMIT: $x.",
    ],
  ])("says %s in plain words", (code, message, plain) => {
    const error = plainError(code, message);
    expect(error.message).toBe(plain);
    expect(error.raw).toBe(`${code}: ${message}`);
    expect(error.message).not.toMatch(/grafeo|GRAFEO-|\[Cypher\]/);
  });

  it("uses the position the server sent when the message has none", () => {
    expect(plainError("SYNTAX_ERROR", "Expected Comma", { line: 2, column: 5 }).message).toBe(
      "Expected ',' at line 2, column 5.",
    );
  });

  it("tells how to allow writes when a write is refused", () => {
    const error = plainError(
      "WRITE_FORBIDDEN",
      "grafeo: this query writes (CREATE …) but the query runs read-only",
    );
    expect(error.message).toMatch(/only reads/);
    expect(error.hint).toContain("--allow-writes");
  });

  it.each(["QUERY_TIMEOUT", "FILE_ACCESS_FORBIDDEN", "RESOURCE_LIMIT", "CANCELLED", "network"])(
    "has a plain sentence for %s",
    (code) => {
      const error = plainError(code, "grafeo: something technical");
      expect(error.message).not.toContain("grafeo");
      expect(error.message.length).toBeGreaterThan(10);
    },
  );
});
