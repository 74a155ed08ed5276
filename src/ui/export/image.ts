/**
 * Image export of the current view. PNG: sigma 4 draws nodes, edges and labels on one WebGL stage
 * canvas; it is copied right after a frame (the drawing buffer is only valid then) onto a 2D canvas
 * with the stage background. SVG: written from sigma's display data (positions, sizes, colours of
 * what is visible) and the labels the label controller placed, as DOM nodes that XMLSerializer
 * escapes. (@sigma/export-image is published only for sigma 3 here; it reads canvases sigma 4 no
 * longer has.)
 */
import type { Renderer } from "../graph-view/index.ts";
import type { PlacedLabel } from "../graph-view/label-layout.ts";
import { LABEL_SIZE } from "../graph-view/sigma-config.ts";
import { STAGE_BACKGROUND } from "../graph-view/palette.ts";

/** The view as a PNG blob (device pixels). */
export function pngOf(renderer: Renderer): Promise<Blob> {
  return new Promise((resolve, reject) => {
    renderer.once("afterRender", () => {
      const stage = renderer.getStageCanvas();
      const out = document.createElement("canvas");
      out.width = stage.width;
      out.height = stage.height;
      const ctx = out.getContext("2d");
      if (!ctx) return reject(new Error("export: no 2D canvas to draw the image on"));
      ctx.fillStyle = STAGE_BACKGROUND;
      ctx.fillRect(0, 0, out.width, out.height);
      ctx.drawImage(stage, 0, 0);
      out.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("export: the PNG encoder failed"))),
        "image/png",
      );
    });
    renderer.refresh();
  });
}

const SVG = "http://www.w3.org/2000/svg";

/** The view as an SVG document: visible edges as lines, visible nodes as circles, drawn labels as text. */
export function svgOf(renderer: Renderer, labels: ReadonlyMap<string, PlacedLabel>): string {
  const { width, height } = renderer.getDimensions();
  const doc = document.implementation.createDocument(SVG, "svg", null);
  const svg = doc.documentElement;
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const add = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const el = doc.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    svg.append(el);
    return el;
  };
  add("rect", { x: 0, y: 0, width, height, fill: STAGE_BACKGROUND });
  const graph = renderer.getGraph();
  const at = (id: string) => {
    const d = renderer.getNodeDisplayData(id);
    return d ? renderer.framedGraphToViewport(d) : null;
  };
  graph.forEachEdge((id, attrs, source, target) => {
    if (renderer.getEdgeState(id).isHidden) return;
    const a = at(source);
    const b = at(target);
    if (!a || !b) return;
    add("line", {
      x1: a.x.toFixed(1),
      y1: a.y.toFixed(1),
      x2: b.x.toFixed(1),
      y2: b.y.toFixed(1),
      stroke: attrs.color,
      "stroke-width": 1,
      ...(attrs.dashSize > 0 ? { "stroke-dasharray": "4 3" } : {}),
    });
  });
  graph.forEachNode((id, attrs) => {
    if (renderer.getNodeState(id).isHidden) return;
    const d = renderer.getNodeDisplayData(id);
    const p = at(id);
    if (!d || !p) return;
    add("circle", {
      cx: p.x.toFixed(1),
      cy: p.y.toFixed(1),
      r: renderer.scaleSize(d.size).toFixed(1),
      fill: attrs.color,
    });
  });
  for (const [id, placed] of labels) {
    const text = graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : "";
    const b = placed.box;
    add(
      "text",
      {
        x: (b.x + 2).toFixed(1),
        y: (b.y + b.height / 2).toFixed(1),
        "dominant-baseline": "central",
        "font-family": "system-ui, sans-serif",
        "font-size": LABEL_SIZE,
        fill: "#1f2933",
      },
      text,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
