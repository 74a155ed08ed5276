/**
 * Palette: colours by entity kind and the look of each modality. Colours are colour-blind-safe and
 * dark enough for white label text contrast; uncertain modalities (hypothetical, claimed, expected,
 * demanded) are dashed so that a reader never mistakes a claim for a fact.
 */

export const KIND_COLORS: Record<string, string> = {
  Person: "#d55e00",
  Organization: "#0072b2",
  Country: "#009e73",
  Place: "#8c6bb1",
  Event: "#cc79a7",
  Policy: "#b8860b",
  Group: "#56b4e9",
  Office: "#6b7a8f",
};

export const UNKNOWN_KIND_COLOR = "#888888";

/** Modalities drawn as facts (solid lines). */
export const FACT_MODALITIES: readonly string[] = ["asserted", "reported"];

export const EDGE_COLOR_FACT = "#7b8794";
export const EDGE_COLOR_UNCERTAIN = "#c2410c";
export const EDGE_COLOR_DIMMED = "#e4e7eb";
export const NODE_COLOR_DIMMED = "#d9dee5";
export const STAGE_BACKGROUND = "#fbfcfd";

/** Colour of an entity kind. */
export function kindColor(kind: string): string {
  return KIND_COLORS[kind] ?? UNKNOWN_KIND_COLOR;
}

/** Whether a modality is drawn dashed (not stated as fact by the source). */
export function isUncertain(modality: string): boolean {
  return !FACT_MODALITIES.includes(modality);
}
