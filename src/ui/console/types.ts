/**
 * Console types: the example queries offered in the console. The run state and the result
 * highlight are application state (state/types.ts).
 */

/** One example query offered in the console. */
export interface ExampleQuery {
  title: string;
  query: string;
}
