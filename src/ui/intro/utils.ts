/**
 * Intro text: what the first screen says the graph is (which documents, publisher, date, counts) and
 * what to do first. Pure, so the wording is tested without a browser.
 */
import type { SourcesResponse } from "../../contract/api/sources.ts";

/** One line about the corpus: a single article by title, several by count and publishers. */
export function corpusLine(
  sources: SourcesResponse["sources"],
  entities: number,
  relationships: number,
): string {
  const counts = `${entities} entities and ${relationships} relationships, each backed by a verbatim quote`;
  const [only] = sources;
  if (sources.length === 1 && only) {
    return `${only.publisher}, ${only.date}: „${only.title}“ (${only.language}) as a graph of ${counts}.`;
  }
  const publishers = [...new Set(sources.map((s) => s.publisher))].sort();
  const dates = sources.map((s) => s.date).sort();
  const span = dates.length ? ` from ${dates[0]} to ${dates[dates.length - 1]}` : "";
  const shown = publishers.slice(0, 4).join(", ") + (publishers.length > 4 ? "…" : "");
  return `${sources.length} articles (${shown})${span} as a graph of ${counts}.`;
}

/** The first steps the intro suggests. */
export const FIRST_STEPS: readonly string[] = [
  "Search an actor with / or click a circle: its details list every relationship with the sentence it comes from.",
  "Filters narrow the graph to an actor's network or a time span; the Timeline plays the story month by month.",
  "Cypher runs queries over the graph; press ? for every key.",
];
