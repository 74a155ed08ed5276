import { describe, expect, it } from "vitest";
import { highlightSummary } from "../../../src/ui/console/utils.ts";
import { emptyViewMessage } from "../../../src/ui/filters/empty-message.ts";
import { computeVisibility } from "../../../src/ui/filters/utils.ts";
import { EMPTY_FILTERS } from "../../../src/ui/state/types.ts";
import { seedModel } from "./seed-model.ts";

const model = seedModel();

describe("empty-view message", () => {
  it("says nothing while the graph shows something and every actor exists", () => {
    const filters = { ...EMPTY_FILTERS, actors: ["russia"] };
    expect(emptyViewMessage(filters, model, computeVisibility(model, filters).counts)).toBeNull();
  });

  it("names an actor the graph does not have (?actors=nobody)", () => {
    const filters = { ...EMPTY_FILTERS, actors: ["nobody"] };
    const message = emptyViewMessage(filters, model, computeVisibility(model, filters).counts);
    expect(message).toContain("“nobody”");
    expect(message).toContain("Nothing matches the current filters.");
  });

  it("says that nothing matches when the filters hide everything", () => {
    const filters = {
      ...EMPTY_FILTERS,
      hiddenKinds: [...new Set([...model.entities.values()].map((e) => e.kind))],
    };
    const counts = computeVisibility(model, filters).counts;
    expect(counts.nodesShown).toBe(0);
    expect(emptyViewMessage(filters, model, counts)).toBe("Nothing matches the current filters.");
  });
});

describe("query summary", () => {
  const threatens = [...model.relationships.values()].filter((r) => r.type === "THREATENS");
  const highlight = {
    nodes: new Set(threatens.flatMap((r) => [r.source, r.target])),
    edges: new Set(threatens.map((r) => r.id)),
    missingNodes: 0,
    missingEdges: 0,
  };

  it("counts what is highlighted when nothing is filtered", () => {
    expect(highlightSummary(highlight, null)).toBe(
      `${highlight.nodes.size} entities and ${highlight.edges.size} relationships of this result are highlighted in the graph.`,
    );
  });

  it("counts only the highlighted items the filters leave visible, and names the hidden rest", () => {
    const filters = { ...EMPTY_FILTERS, actors: ["russia"] };
    const visibility = computeVisibility(model, filters);
    const nodes = [...highlight.nodes].filter((id) => !visibility.hiddenNodes.has(id)).length;
    const edges = [...highlight.edges].filter((id) => !visibility.hiddenEdges.has(id)).length;
    expect(nodes).toBeLessThan(highlight.nodes.size);
    const text = highlightSummary(highlight, visibility);
    expect(text).toMatch(new RegExp(`^${nodes} entit(y|ies) and ${edges} relationships? of this result`));
    expect(text).toContain(`The filters hide ${highlight.nodes.size - nodes} more`);
  });
});
