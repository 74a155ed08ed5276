/**
 * Bench marks: named performance marks and measures a benchmark script reads with
 * `performance.getEntriesByName(...)`: navigation to first rendered graph, and query submit to
 * highlighted result.
 */

export const FIRST_RENDER = "lagebild:first-render";
export const FIRST_RENDER_MEASURE = "lagebild:navigation-to-first-render";
export const LAYOUT_DONE = "lagebild:layout-done";
export const QUERY_SUBMIT = "lagebild:query-submit";
export const QUERY_HIGHLIGHTED = "lagebild:query-highlighted";
export const QUERY_MEASURE = "lagebild:query-to-highlight";

/** Marks the first rendered frame (once). */
export function markFirstRender(): void {
  if (performance.getEntriesByName(FIRST_RENDER).length > 0) return;
  performance.mark(FIRST_RENDER);
  performance.measure(FIRST_RENDER_MEASURE, { start: 0, end: FIRST_RENDER });
}

/** Marks a highlighted query result and measures it from the last submit. */
export function markQueryHighlighted(): void {
  if (performance.getEntriesByName(QUERY_SUBMIT).length === 0) return;
  performance.mark(QUERY_HIGHLIGHTED);
  performance.measure(QUERY_MEASURE, QUERY_SUBMIT, QUERY_HIGHLIGHTED);
}
