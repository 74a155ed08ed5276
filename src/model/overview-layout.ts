/**
 * Overview layout: where each entity stands in the overview of a big graph, computed once when the
 * graph is loaded and stored with it, so the page draws at once and the picture is the same from
 * visit to visit.
 *
 * Built to run in seconds at 100k entities / 500k relationships, where a force layout of every node
 * would take minutes: communities (Louvain, seeded) are laid out as a small weighted graph with
 * ForceAtlas2 and pushed apart by their size; inside each community the entities sit on a sunflower
 * spiral, most central (PageRank) in the middle. Rank orders all entities by PageRank, so "the 2,000
 * most central" is a cheap `rank < 2000`.
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import type { KnowledgeGraph } from "./knowledge-graph.ts";
import { seededRandom } from "./seeded-random.ts";

/** Where one entity stands and how central it is. */
export interface OverviewPlace {
  x: number;
  y: number;
  /** Louvain community, numbered by size (0 is the largest). */
  community: number;
  /** Position in the order of all entities by PageRank (0 is the most central). */
  rank: number;
  /** Relationships in and out. */
  degree: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbours on a community's spiral. */
const SPACING = 6;

function undirectedSimple(graph: KnowledgeGraph): { simple: Graph; degree: Map<string, number> } {
  const simple = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const degree = new Map<string, number>();
  for (const e of graph.entities) {
    simple.addNode(e.id);
    degree.set(e.id, 0);
  }
  for (const r of graph.relationships) {
    for (const end of [r.source, r.target]) {
      if (!simple.hasNode(end)) {
        throw new Error(
          `overview layout: relationship "${r.id}" names entity "${end}", which is not in the graph; expected validated graph-data`,
        );
      }
    }
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
    if (r.source === r.target) continue;
    if (simple.hasEdge(r.source, r.target)) {
      simple.updateEdgeAttribute(r.source, r.target, "weight", (w: number | undefined) => (w ?? 1) + 1);
    } else simple.addEdge(r.source, r.target, { weight: 1 });
  }
  return { simple, degree };
}

/** Community centres: a weighted graph of communities laid out by ForceAtlas2, then de-overlapped. */
function placeCommunities(
  simple: Graph,
  communityOf: Map<string, number>,
  sizes: number[],
): { x: number; y: number }[] {
  const meta = new Graph({ type: "undirected" });
  sizes.forEach((size, c) => {
    const angle = c * GOLDEN_ANGLE;
    const r = Math.sqrt(c + 1) * 10;
    meta.addNode(String(c), {
      x: r * Math.cos(angle),
      y: r * Math.sin(angle),
      size: Math.sqrt(size) * SPACING,
    });
  });
  simple.forEachEdge((_e, attrs, a, b) => {
    const ca = String(communityOf.get(a));
    const cb = String(communityOf.get(b));
    if (ca === cb) return;
    const w = (attrs["weight"] as number) ?? 1;
    if (meta.hasEdge(ca, cb))
      meta.updateEdgeAttribute(ca, cb, "weight", (v: number | undefined) => (v ?? 0) + w);
    else meta.addEdge(ca, cb, { weight: w });
  });
  if (meta.order > 1) {
    const settings = forceAtlas2.inferSettings(meta);
    forceAtlas2.assign(meta, {
      iterations: meta.order > 2000 ? 100 : 300,
      getEdgeWeight: "weight",
      settings: { ...settings, barnesHutOptimize: meta.order > 500, adjustSizes: false, scalingRatio: 20 },
    });
    noverlap.assign(meta, { maxIterations: 200, settings: { margin: 2 * SPACING, ratio: 1.1 } });
  }
  return sizes.map((_s, c) => ({
    x: meta.getNodeAttribute(String(c), "x") as number,
    y: meta.getNodeAttribute(String(c), "y") as number,
  }));
}

/** PageRank, or degree where PageRank does not converge (graphology throws then). */
function centrality(simple: Graph, degree: Map<string, number>): Record<string, number> {
  if (simple.size > 0) {
    try {
      return pagerank(simple, { getEdgeWeight: "weight", maxIterations: 200, tolerance: 1e-6 });
    } catch {
      // fall through to degree
    }
  }
  return Object.fromEntries(degree);
}

/** Computes every entity's place; deterministic for the same graph. */
export function computeOverviewLayout(graph: KnowledgeGraph): Map<string, OverviewPlace> {
  const { simple, degree } = undirectedSimple(graph);
  const raw = simple.size > 0 ? louvain(simple, { rng: seededRandom(11), getEdgeWeight: "weight" }) : {};
  const rankScore = centrality(simple, degree);
  const score = (id: string): number => rankScore[id] ?? 0;

  // Communities numbered by size, largest first; members ordered by score, most central first.
  const members = new Map<number, string[]>();
  for (const e of graph.entities) {
    const c = raw[e.id] ?? -1;
    const list = members.get(c) ?? [];
    list.push(e.id);
    members.set(c, list);
  }
  const byScore = (a: string, b: string): number => score(b) - score(a) || (a < b ? -1 : a > b ? 1 : 0);
  const groups = [...members.values()].map((ids) => ids.sort(byScore));
  groups.sort((a, b) => b.length - a.length || byScore(a[0]!, b[0]!));
  const communityOf = new Map<string, number>();
  groups.forEach((ids, c) => ids.forEach((id) => communityOf.set(id, c)));
  const centres = placeCommunities(
    simple,
    communityOf,
    groups.map((g) => g.length),
  );

  const ranked = graph.entities.map((e) => e.id).sort(byScore);
  const rankOf = new Map(ranked.map((id, i) => [id, i]));
  const places = new Map<string, OverviewPlace>();
  groups.forEach((ids, c) => {
    const centre = centres[c]!;
    ids.forEach((id, k) => {
      const r = SPACING * Math.sqrt(k);
      const angle = k * GOLDEN_ANGLE;
      places.set(id, {
        x: Math.round((centre.x + r * Math.cos(angle)) * 100) / 100,
        y: Math.round((centre.y + r * Math.sin(angle)) * 100) / 100,
        community: c,
        rank: rankOf.get(id)!,
        degree: degree.get(id) ?? 0,
      });
    });
  });
  return places;
}
