/**
 * Intro card: on the first screen, says what the graph is (the article, its publisher and date, the
 * counts) and what to do first. It shows until dismissed (remembered in localStorage) and never over
 * a link that already selects, filters or queries something.
 */
import "./intro.css";
import type { SourcesResponse } from "../../contract/api/sources.ts";
import { el } from "../lib/dom.ts";
import { corpusLine, FIRST_STEPS } from "./utils.ts";

const DISMISSED = "lagebild:intro-dismissed";

/** Shows the intro in `host` unless dismissed before; `hide()` removes it. */
export function showIntro(
  host: HTMLElement,
  sources: SourcesResponse["sources"],
  counts: { entities: number; relationships: number },
) {
  const root = el("section", {
    className: "intro",
    attrs: { id: "intro", "aria-labelledby": "intro-title" },
  });
  const hide = () => root.remove();
  let dismissed = false;
  try {
    dismissed = localStorage.getItem(DISMISSED) === "1";
  } catch {
    // Storage may be unavailable (private mode); the intro then shows every time.
  }
  if (dismissed) return { hide };
  root.append(
    el("h2", { text: "What is this?", attrs: { id: "intro-title" } }),
    el("p", { text: corpusLine(sources, counts.entities, counts.relationships) }),
    el(
      "ul",
      {},
      FIRST_STEPS.map((step) => el("li", { text: step })),
    ),
    el("button", {
      className: "button small",
      text: "Got it",
      attrs: { type: "button", id: "intro-dismiss" },
      on: {
        click: () => {
          try {
            localStorage.setItem(DISMISSED, "1");
          } catch {
            // Not remembered; dismissed for this page only.
          }
          hide();
        },
      },
    }),
  );
  host.append(root);
  return { hide };
}
