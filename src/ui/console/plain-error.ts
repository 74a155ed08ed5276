/**
 * Plain-language query errors: turns what an engine says ("SYNTAX_ERROR: grafeo: Query error:
 * GRAFEO-Q001: syntax error: [Cypher] Expected RParen --> query:1:10") into what a reader needs
 * ("Expected ')' at line 1, column 10."), with a hint on what to do. The raw text is kept beside it
 * for whoever wants the engine's words. Pure.
 */

/** An error as the console shows it. */
export interface PlainError {
  /** One or two sentences in plain words. */
  message: string;
  /** What to do about it, when there is something to do. */
  hint: string | null;
  /** The server's code and message, unchanged. */
  raw: string;
}

/** Grammar token names some parsers use, as the characters a reader types. */
const TOKENS: Record<string, string> = {
  RParen: "')'",
  LParen: "'('",
  RBracket: "']'",
  LBracket: "'['",
  RBrace: "'}'",
  LBrace: "'{'",
  Comma: "','",
  Colon: "':'",
  Semicolon: "';'",
  Dot: "'.'",
  Eq: "'='",
  Arrow: "'->'",
  Dash: "'-'",
  Identifier: "a name",
  Ident: "a name",
  StringLiteral: "a string",
  Integer: "a number",
  Eof: "the end of the query",
  EOF: "the end of the query",
};

/** Drops the engine's prefixes ("grafeo: Query error: GRAFEO-Q001: syntax error: [Cypher] "). */
export function stripEnginePrefixes(message: string): string {
  let text = message.trim();
  for (;;) {
    const next = text
      .replace(/^(grafeo|neo4j|embedded)\s*:\s*/i, "")
      .replace(/^query error\s*:\s*/i, "")
      .replace(/^[A-Z]+-[A-Z]\d+\s*:\s*/, "")
      .replace(/^(syntax|semantic) error\s*:\s*/i, "")
      .replace(/^\[cypher\]\s*/i, "");
    if (next === text) return text;
    text = next;
  }
}

function position(
  message: string,
  known: { line: number; column: number } | null,
): { line: number; column: number } | null {
  if (known) return known;
  const m = /(?:query:|line\s*)(\d+)(?::|,\s*column\s*)(\d+)/i.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : null;
}

function tokenWords(text: string): string {
  return text.replace(/\b([A-Z][A-Za-z]+)\b/g, (word) => TOKENS[word] ?? word);
}

/** The plain-language form of a query error. */
export function plainError(
  code: string,
  message: string,
  known: { line: number; column: number } | null = null,
): PlainError {
  const raw = `${code}: ${message}`;
  const where = position(message, known);
  const at = where ? ` at line ${where.line}, column ${where.column}` : "";
  const text = stripEnginePrefixes(message)
    .replace(/\s*-->\s*query:\d+:\d+/g, "")
    .replace(/\s*\(line \d+, column \d+\)/g, "")
    .trim();
  switch (code) {
    case "SYNTAX_ERROR": {
      const expected = /^expected\s+(.+)$/i.exec(text);
      const body = expected
        ? `Expected ${tokenWords(expected[1] ?? "")}`
        : `The query does not parse: ${text}`;
      return { message: `${body}${at}.`, hint: "Check the brackets and keywords around that place.", raw };
    }
    case "SEMANTIC_ERROR": {
      const sentence = text.replace(/\s*help:\s*/i, ". ").replace(/([^.?!])$/, "$1.");
      return { message: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`, hint: null, raw };
    }
    case "MISSING_PARAMETER":
      return {
        message: `${text.replace(/\.?$/, ".")}`,
        hint: 'Give every $parameter a value in the Parameters box, e.g. {"x": 10}.',
        raw,
      };
    case "WRITE_FORBIDDEN":
      return {
        message: "This query would change the graph, and the explorer only reads.",
        hint: "To allow writes, start the server with: npm start -- --allow-writes",
        raw,
      };
    case "FILE_ACCESS_FORBIDDEN":
      return {
        message: "Queries here may not read files or URLs (LOAD CSV and the like).",
        hint: "Load data with npm run load, then query the graph.",
        raw,
      };
    case "QUERY_TIMEOUT":
      return {
        message: "The query took too long and was stopped.",
        hint: "Narrow it: start from one entity, add a LIMIT, or use fewer hops.",
        raw,
      };
    case "RESOURCE_LIMIT":
    case "PAYLOAD_TOO_LARGE":
      return {
        message: "The query needed more memory or returned more data than the explorer allows.",
        hint: "Return fewer rows (LIMIT) or fewer properties.",
        raw,
      };
    case "CANCELLED":
      return { message: "You cancelled the query.", hint: null, raw };
    case "ENGINE_UNAVAILABLE":
    case "network":
      return {
        message: "The graph engine cannot be reached.",
        hint: "Check that the server is running; the status bar shows the engine.",
        raw,
      };
    default:
      return { message: `${text || message}${at && !text.includes("line") ? at : ""}`, hint: null, raw };
  }
}
