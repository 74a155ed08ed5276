/**
 * Process-tree memory: runs a command and samples the resident memory of it and every process it
 * starts (npm, node, any worker), so a bench can give a command's peak as the machine sees it, not
 * only what its main process says of itself. Linux only (/proc); elsewhere the peak is null.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** How often the tree is sampled. */
const SAMPLE_MS = 100;
const PAGE = 4096;

/** What a command did: exit status, output, wall time and the peak summed resident memory of its tree. */
export interface TreeRun {
  status: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Largest sum of resident bytes over the process and its descendants seen in one sample, or null. */
  peakTreeBytes: number | null;
}

function parentOf(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: fields after its last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return null; // ended meanwhile
  }
}

function residentBytes(pid: number): number {
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, "utf8").split(" ");
    return Number(statm[1]) * PAGE;
  } catch {
    return 0;
  }
}

/** The summed resident bytes of `root` and all its descendants now, or null without /proc. */
export function treeResidentBytes(root: number): number | null {
  if (!existsSync("/proc/self/statm")) return null;
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(name);
    if (parent === null) continue;
    const list = children.get(parent);
    if (list) list.push(Number(name));
    else children.set(parent, [Number(name)]);
  }
  let total = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    total += residentBytes(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` and resolves when it exits, with its tree's peak resident memory. */
export function runMeasuringTree(command: string, args: string[], cwd?: string): Promise<TreeRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    let peak: number | null = null;
    const sample = (): void => {
      if (child.pid === undefined) return;
      const now = treeResidentBytes(child.pid);
      if (now !== null) peak = Math.max(peak ?? 0, now);
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(new Error(`${command}: could not start (${error.message})`));
    });
    child.on("close", (status) => {
      clearInterval(timer);
      resolve({
        status,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        wallMs: performance.now() - started,
        peakTreeBytes: peak,
      });
    });
  });
}
