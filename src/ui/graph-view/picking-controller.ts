/**
 * Picking controller: on a big graph, skips sigma's picking pass on frames where nothing that can be
 * picked has moved. Sigma draws every node (and its label) twice per frame, once for the screen and
 * once into the picking framebuffer it reads the pointer's entity from; in software WebGL the second
 * pass of a 2,000-entity overview takes 50–70 ms of a hover's 200–300 ms frame, and a hover or a
 * selection only restyles entities, it moves none. So on such frames the programs get no picking
 * framebuffer (sigma's own per-pass switch, `params.pickingFrameBuffer`), and its clear and texture
 * reset are skipped: the buffer keeps the last full frame's picture, which still answers where each
 * entity is.
 *
 * A frame draws the picking pass again after the graph's nodes change (added, dropped, moved,
 * resized), an entity is hidden or shown, or the camera or the stage moves. Sigma 4 has no setting
 * for this; the hooks below are its render parameters, its picking texture reset, its WebGL context's clear and
 * its state setters.
 */
import type { Renderer } from "./index.ts";
import { onNodesChanged } from "./node-events.ts";

interface SigmaInternals {
  webGLContext: WebGL2RenderingContext;
  pickingFrameBuffer: WebGLFramebuffer | null;
  getRenderParams(): { pickingFrameBuffer: WebGLFramebuffer | null };
  resetWebGLTexture(): unknown;
}

/** Installs the controller on `renderer`; `skipped()` counts the frames drawn without picking pass. */
export function installPickingSkip(renderer: Renderer): { skipped: () => number } {
  const sigma = renderer as unknown as SigmaInternals;
  const gl = sigma.webGLContext;
  let dirty = true;
  let skipping = false;
  let skipped = 0;
  // Also during a frame: a resize inside sigma's render gives the picking pass a new, empty texture.
  const invalidate = (): void => {
    dirty = true;
    skipping = false;
  };

  const params = sigma.getRenderParams.bind(sigma);
  sigma.getRenderParams = () => (skipping ? { ...params(), pickingFrameBuffer: null } : params());
  // Sigma gives the picking pass a new texture every frame: a skipping frame keeps the last one.
  const reset = sigma.resetWebGLTexture.bind(sigma);
  sigma.resetWebGLTexture = () => (skipping ? sigma : reset());
  const clear = gl.clear.bind(gl);
  gl.clear = (mask: number): void => {
    if (
      skipping &&
      sigma.pickingFrameBuffer &&
      gl.getParameter(gl.FRAMEBUFFER_BINDING) === sigma.pickingFrameBuffer
    )
      return;
    clear(mask);
  };

  renderer.on("beforeRender", () => {
    skipping = !dirty;
    dirty = false;
    if (skipping) skipped++;
  });
  renderer.on("afterRender", () => {
    skipping = false;
  });
  // Hiding or showing an entity changes what can be picked.
  const setNodeState = renderer.setNodeState.bind(renderer);
  renderer.setNodeState = (key, state) => {
    if ("isHidden" in state) invalidate();
    return setNodeState(key, state);
  };
  const setNodesState = renderer.setNodesState.bind(renderer);
  renderer.setNodesState = (keys, state) => {
    if ("isHidden" in state) invalidate();
    return setNodesState(keys, state);
  };
  onNodesChanged(renderer.getGraph(), invalidate);
  renderer.getCamera().on("updated", invalidate);
  renderer.on("resize", invalidate);
  return { skipped: () => skipped };
}
