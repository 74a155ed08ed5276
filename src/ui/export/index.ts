/**
 * Export control: a toolbar menu that downloads the current view as a PNG or SVG image, or the
 * visible subgraph (what the filters and a result shown alone leave) as GEXF, GraphML, CSV or
 * graphology JSON. Files are named after the corpus and the date.
 */
import type { Visibility } from "../filters/types.ts";
import type { GraphModel } from "../graph-model/types.ts";
import type { Renderer } from "../graph-view/index.ts";
import type { PlacedLabel } from "../graph-view/label-layout.ts";
import { el } from "../lib/dom.ts";
import { graphmlOf } from "./graphml-dom.ts";
import { pngOf, svgOf } from "./image.ts";
import { exportSubgraph, visibleSubgraph, type SubgraphFormat } from "./subgraph.ts";

export interface ExportDeps {
  renderer: Renderer;
  model: GraphModel;
  visibility: () => Visibility | null;
  labels: () => ReadonlyMap<string, PlacedLabel>;
  done: (message: string) => void;
  error: (message: string) => void;
}

const ITEMS: readonly (readonly [string, string])[] = [
  ["png", "PNG image"],
  ["svg", "SVG image"],
  ["gexf", "GEXF (Gephi)"],
  ["graphml", "GraphML"],
  ["csv-entities", "CSV: entities"],
  ["csv-relationships", "CSV: relationships"],
  ["json", "JSON (graphology)"],
];

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = el("a", { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Adds the Export button and menu before `before` in the toolbar. */
export function installExport(toolbar: HTMLElement, before: Element | null, deps: ExportDeps): void {
  const button = el("button", {
    className: "button",
    text: "Export",
    attrs: { type: "button", id: "export-button", "aria-haspopup": "menu", "aria-expanded": "false" },
  });
  const menu = el("div", { className: "export-menu", attrs: { id: "export-menu", role: "menu" } });
  menu.hidden = true;
  const wrap = el("div", { className: "export" }, [button, menu]);
  const setOpen = (open: boolean) => {
    menu.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    if (open) menu.querySelector<HTMLElement>("[role=menuitem]")?.focus();
  };
  const base = `lagebild-${new Date().toISOString().slice(0, 10)}`;
  async function run(format: string): Promise<void> {
    const v = deps.visibility();
    const hidden = { nodes: v?.hiddenNodes ?? new Set<string>(), edges: v?.hiddenEdges ?? new Set<string>() };
    if (format === "png") return download(`${base}.png`, await pngOf(deps.renderer));
    if (format === "svg") {
      return download(
        `${base}.svg`,
        new Blob([svgOf(deps.renderer, deps.labels())], { type: "image/svg+xml" }),
      );
    }
    const graph = deps.renderer.getGraph();
    const sub = visibleSubgraph(deps.model, hidden, (id) =>
      graph.hasNode(id) ? { x: graph.getNodeAttribute(id, "x"), y: graph.getNodeAttribute(id, "y") } : null,
    );
    const file = exportSubgraph(sub, format as SubgraphFormat, graphmlOf);
    download(`${base}.${file.extension}`, new Blob([file.content], { type: file.type }));
    deps.done(`Exported ${sub.order} entities and ${sub.size} relationships as ${file.extension}`);
  }
  for (const [format, label] of ITEMS) {
    menu.append(
      el("button", {
        className: "export-item",
        text: label,
        attrs: { type: "button", role: "menuitem", "data-format": format },
        on: {
          click: () => {
            setOpen(false);
            run(format).catch((e: Error) => deps.error(`Export failed: ${e.message}`));
          },
        },
      }),
    );
  }
  button.addEventListener("click", () => setOpen(menu.hidden));
  menu.addEventListener("keydown", (event) => {
    const items = [...menu.querySelectorAll<HTMLElement>("[role=menuitem]")];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === "Escape") {
      event.stopPropagation();
      setOpen(false);
      button.focus();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      items[(i + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length]?.focus();
    }
  });
  document.addEventListener("click", (event) => {
    if (!wrap.contains(event.target as Node)) setOpen(false);
  });
  toolbar.insertBefore(wrap, before);
}
