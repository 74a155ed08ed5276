/**
 * Cypher parse tree: Neo4j's own Cypher grammar, loaded without the rest of its language service.
 *
 * @neo4j-cypher/language-support builds its parse tree (`getDebugTree`) with the ANTLR lexer and
 * parser generated from Neo4j's grammar, but importing the package also loads its semantic analysis
 * (a 5.6 MB compiled module, about 190 MB resident), its test data and its formatter, none of which a
 * parse needs. Measured here: the package costs about 270 MB and 1.4–2 s to load; the generated lexer
 * and parser alone about 80 MB and 0.2–0.3 s. So this module imports only the two generated files of
 * the installed package (its ESM build; the package's `exports` do not name them, so they are found
 * from the package's own location) and repeats what `getDebugTree` does with them: split the tokens
 * into statements at `;`, parse each as `statementOrCommand`, and describe the tree by rule names and
 * token texts. tests/unit/engine/cypher-parse-tree.test.ts checks that the trees equal the package's.
 */
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  CharStream,
  CommonToken,
  CommonTokenStream,
  ListTokenSource,
  Token,
  Trees,
  type Lexer,
  type Parser,
  type ParseTree,
} from "antlr4ng";

const PACKAGE = "@neo4j-cypher/language-support";
/** Where the installed package keeps the generated lexer and parser (its ESM build). */
const GENERATED_DIR = "dist/esm/project/language-support/src/generated-parser";

/** One parse-tree node as `getDebugTree` describes it (rule name, or token text). */
export interface TreeNode {
  name: string;
  children?: TreeNode[];
}

/** Parses a query into its tree; throws where the parser itself fails (e.g. nesting too deep). */
export type ParseCypher = (query: string) => TreeNode;

interface LexerClass {
  new (input: CharStream): Lexer;
  readonly SEMICOLON: number;
}

interface ParserClass {
  new (input: CommonTokenStream): Parser & { statementOrCommand(): ParseTree };
  readonly ruleNames: string[];
}

function generatedFile(name: string): string {
  const main = createRequire(import.meta.url).resolve(PACKAGE);
  let root = dirname(main);
  while (!existsSync(join(root, "package.json")) && dirname(root) !== root) root = dirname(root);
  const file = join(root, GENERATED_DIR, name);
  if (!existsSync(file)) {
    throw new Error(
      `cypher parser: ${file} not found; expected the generated Cypher parser of ${PACKAGE} 2.0.0-next (npm ci)`,
    );
  }
  return pathToFileURL(file).href;
}

/** The tree of one ANTLR node, built without recursion (deep queries must not overflow the stack). */
function describe(root: ParseTree, ruleNames: string[]): TreeNode {
  const out: TreeNode = { name: "" };
  const stack: [ParseTree, TreeNode][] = [[root, out]];
  while (stack.length > 0) {
    const [node, target] = stack.pop() as [ParseTree, TreeNode];
    target.name = Trees.getNodeText(node, ruleNames) ?? "";
    const children = Trees.getChildren(node).map((child) => [child, { name: "" }] as [ParseTree, TreeNode]);
    target.children = children.map(([, described]) => described);
    stack.push(...children);
  }
  return out;
}

/** Loads the generated lexer and parser (once per call: callers keep the function). */
export async function loadCypherParser(): Promise<ParseCypher> {
  const lexerModule = (await import(generatedFile("CypherCmdLexer.js"))) as { CypherCmdLexer: LexerClass };
  const parserModule = (await import(generatedFile("CypherCmdParser.js"))) as {
    CypherCmdParser: ParserClass;
  };
  const CypherLexer = lexerModule.CypherCmdLexer;
  const CypherParser = parserModule.CypherCmdParser;
  return (query: string): TreeNode => {
    const all = new CommonTokenStream(new CypherLexer(CharStream.fromString(query)));
    all.fill();
    const statements: CommonToken[][] = [];
    let chunk: CommonToken[] = [];
    for (const token of all.getTokens()) {
      const copy = CommonToken.fromToken(token);
      copy.tokenIndex = chunk.length;
      chunk.push(copy);
      if (token.type === CypherLexer.SEMICOLON || token.type === Token.EOF) {
        statements.push(chunk);
        chunk = [];
      }
    }
    return {
      name: "topNode",
      children: statements.map((tokens) => {
        const parser = new CypherParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        return describe(parser.statementOrCommand(), CypherParser.ruleNames);
      }),
    };
  };
}
