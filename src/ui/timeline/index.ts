/**
 * Timeline: a histogram of relationships per month with a brush that filters the graph in place (the
 * filters' date range), and playback that grows the range month by month so the story unfolds. The
 * brush is two native range inputs (role slider, keyboard-operable: arrows move a month) laid over the
 * histogram, and dragging across the histogram selects a span. Playback starts at the first month in
 * which a relationship of the current view (every filter but the dates) starts, and steps so that it
 * reaches the last month in about ten seconds.
 */
import "./timeline.css";
import type { GraphModel } from "../graph-model/types.ts";
import { el } from "../lib/dom.ts";
import { panelHeader } from "../lib/panel-header.ts";
import { computeVisibility } from "../filters/utils.ts";
import type { FilterState } from "../state/types.ts";
import {
  countInRange,
  datesToRange,
  firstMonthIndex,
  monthBins,
  playbackPlan,
  rangeToDates,
} from "./utils.ts";

const SVG = "http://www.w3.org/2000/svg";

export interface TimelineDeps {
  model: GraphModel;
  change: (change: (filters: FilterState) => FilterState) => void;
  close: () => void;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Oct 2024" for "2024-10" (fixed English abbreviations, whatever the browser's locale). */
function monthName(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${MONTHS[m - 1] ?? "?"} ${y}`;
}

/** Builds the timeline in `root`; `render(filters)` reflects the current date range. */
export function createTimeline(root: HTMLElement, deps: TimelineDeps) {
  const bins = monthBins(deps.model.relationships.values());
  const { months, counts } = bins;
  const last = Math.max(0, months.length - 1);
  const max = Math.max(1, ...counts);
  let range = { from: 0, to: last };
  let filters: FilterState | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  /** The first month with a relationship of the current view, dates aside (0 when unknown). */
  function firstOfView(): number {
    if (!filters) return 0;
    const undated = { ...filters, dateFrom: null, dateTo: null };
    const { hiddenEdges } = computeVisibility(deps.model, undated);
    const shown = [...deps.model.relationships.values()].filter((r) => !hiddenEdges.has(r.id));
    return firstMonthIndex(months, shown) ?? 0;
  }

  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", "timeline-bars");
  svg.setAttribute("viewBox", `0 0 ${Math.max(1, months.length)} 100`);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("aria-hidden", "true");
  const bars = counts.map((count, i) => {
    const bar = document.createElementNS(SVG, "rect");
    bar.setAttribute("x", String(i + 0.1));
    bar.setAttribute("width", "0.8");
    const h = count === 0 ? 0 : Math.max(4, (count / max) * 100);
    bar.setAttribute("y", String(100 - h));
    bar.setAttribute("height", String(h));
    const title = document.createElementNS(SVG, "title");
    title.textContent = `${monthName(months[i] ?? "")}: ${count} relationships`;
    bar.append(title);
    svg.append(bar);
    return bar;
  });

  const slider = (id: string, label: string) =>
    el("input", {
      className: "timeline-handle",
      attrs: { type: "range", id, min: "0", max: String(last), step: "1", "aria-label": label },
    });
  const start = slider("timeline-start", "Timeline start month");
  const end = slider("timeline-end", "Timeline end month");
  const summary = el("span", {
    className: "timeline-summary",
    attrs: { id: "timeline-summary", "aria-live": "polite" },
  });
  const play = el("button", {
    className: "button small",
    text: "▶ Play",
    attrs: { type: "button", id: "timeline-play", "aria-pressed": "false" },
  });
  const all = el("button", {
    className: "button small",
    text: "All time",
    attrs: { type: "button", id: "timeline-all" },
  });
  const track = el("div", { className: "timeline-track" }, [svg, start, end]);
  const axis = el("div", { className: "timeline-axis" }, [
    el("span", { text: months[0] ? monthName(months[0]) : "" }),
    el("span", { text: months[last] ? monthName(months[last]) : "" }),
  ]);

  function apply(from: number, to: number): void {
    const a = Math.min(from, to);
    const b = Math.max(from, to);
    deps.change((f) => {
      if (a === 0 && b === last)
        return f.dateFrom === null && f.dateTo === null ? f : { ...f, dateFrom: null, dateTo: null };
      const { dateFrom, dateTo } = rangeToDates(months, a, b);
      return f.dateFrom === dateFrom && f.dateTo === dateTo ? f : { ...f, dateFrom, dateTo };
    });
  }

  function stop(): void {
    clearInterval(timer);
    timer = undefined;
    play.textContent = "▶ Play";
    play.setAttribute("aria-pressed", "false");
  }

  function toggle(): void {
    if (timer !== undefined) return stop();
    play.textContent = "❚❚ Pause";
    play.setAttribute("aria-pressed", "true");
    const restart = range.to >= last;
    const from = restart ? firstOfView() : range.from;
    let to = restart ? from : range.to;
    const { stride, stepMs } = playbackPlan(last - from + 1);
    play.dataset.stepMs = String(stepMs);
    apply(from, to);
    timer = setInterval(() => {
      if (to >= last) return stop();
      to = Math.min(last, to + stride);
      apply(from, to);
    }, stepMs);
  }

  start.addEventListener("input", () => apply(Number(start.value), range.to));
  end.addEventListener("input", () => apply(range.from, Number(end.value)));
  play.addEventListener("click", toggle);
  all.addEventListener("click", () => {
    stop();
    apply(0, last);
  });
  root.addEventListener("keydown", (event) => {
    if (event.key === " " && event.target !== play && !(event.target instanceof HTMLInputElement)) {
      event.preventDefault();
      toggle();
    }
  });
  // Brush: drag across the histogram to select a span of months.
  let anchor: number | null = null;
  const monthAt = (x: number) => {
    const box = svg.getBoundingClientRect();
    return Math.max(0, Math.min(last, Math.floor(((x - box.left) / Math.max(1, box.width)) * months.length)));
  };
  svg.addEventListener("pointerdown", (event) => {
    stop();
    anchor = monthAt(event.clientX);
    svg.setPointerCapture(event.pointerId);
    apply(anchor, anchor);
  });
  svg.addEventListener("pointermove", (event) => {
    if (anchor !== null) apply(anchor, monthAt(event.clientX));
  });
  svg.addEventListener("pointerup", () => (anchor = null));

  root.replaceChildren(
    panelHeader("Timeline", "Close timeline", () => {
      stop();
      deps.close();
    }),
    el("div", { className: "timeline-body", attrs: { role: "group", "aria-label": "Timeline" } }, [
      el("div", { className: "timeline-controls" }, [play, all, summary]),
      months.length ? track : el("p", { className: "muted", text: "No relationship has a date." }),
      axis,
    ]),
  );

  return {
    render(next: FilterState): void {
      filters = next;
      range = datesToRange(months, next.dateFrom, next.dateTo);
      start.value = String(range.from);
      end.value = String(range.to);
      const a = months[range.from] ?? "";
      const b = months[range.to] ?? "";
      start.setAttribute("aria-valuetext", monthName(a));
      end.setAttribute("aria-valuetext", monthName(b));
      bars.forEach((bar, i) => bar.classList.toggle("in-range", i >= range.from && i <= range.to));
      const inRange = countInRange(bins, range.from, range.to);
      const whole = range.from === 0 && range.to === last;
      summary.textContent = months.length
        ? `${whole ? "All time" : `${monthName(a)} – ${monthName(b)}`} · ${inRange} dated relationships${bins.undated ? ` (${bins.undated} undated)` : ""}`
        : "";
    },
    stop,
    focus: () => play.focus(),
  };
}
