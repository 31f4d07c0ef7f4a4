import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time spent by each part of a benchmark stack, from /proc: what a comment costs in CPU
 * milliseconds per process. Unlike throughput on a shared machine, this does not depend on what
 * else runs there, so it shows whether a change made the service cheaper.
 */
export type Roles = Record<string, number[]>;

const TICK_MS = 10; // USER_HZ is 100 on Linux
const KERNEL = '(kernel)';

function stat(pid: number): { ppid: number; own: number; children: number; kernel: number } | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
    // Fields after "(comm) ": state ppid ... utime(11) stime(12) cutime(13) cstime(14), 0-based from state.
    return {
      ppid: Number(f[1]),
      own: (Number(f[11]) + Number(f[12])) * TICK_MS,
      children: (Number(f[13]) + Number(f[14])) * TICK_MS,
      kernel: (Number(f[12]) + Number(f[14])) * TICK_MS,
    };
  } catch {
    return null;
  }
}

/** CPU ms of a process, its live children and the children it has reaped (Postgres backends). */
function treeMs(pid: number, parents: Map<number, number[]>, kernelOnly = false): number {
  const s = stat(pid);
  if (!s) return 0;
  let ms = kernelOnly ? s.kernel : s.own + s.children;
  for (const child of parents.get(pid) ?? []) ms += treeMs(child, parents, kernelOnly);
  return ms;
}

function parentsMap(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const s = stat(pid);
    if (!s) continue;
    const list = map.get(s.ppid) ?? [];
    list.push(pid);
    map.set(s.ppid, list);
  }
  return map;
}

export function cpuSnapshot(roles: Roles): Record<string, number> {
  const parents = parentsMap();
  const out: Record<string, number> = {};
  let kernel = 0;
  for (const [role, pids] of Object.entries(roles)) {
    out[role] = pids.reduce((a, pid) => a + treeMs(pid, parents), 0);
    kernel += pids.reduce((a, pid) => a + treeMs(pid, parents, true), 0);
  }
  const self = process.cpuUsage();
  out['load generator'] = (self.user + self.system) / 1000;
  out[KERNEL] = kernel;
  return out;
}

/** "api 0.61 ms, worker 1.20 ms, ..." per item, and what the total would allow on `cores` dedicated cores. */
export function cpuPerItem(before: Record<string, number>, after: Record<string, number>, items: number, cores: number): { line: string; perItem: Record<string, number>; capacity: number } {
  const perItem: Record<string, number> = {};
  let total = 0;
  for (const role of Object.keys(after)) {
    const ms = (after[role] - (before[role] ?? 0)) / Math.max(1, items);
    perItem[role] = Math.round(ms * 1000) / 1000;
    if (role !== 'load generator' && role !== KERNEL) total += ms;
  }
  const capacity = total > 0 ? Math.round((cores * 1000) / total) : NaN;
  const kernelShare = total > 0 ? Math.round((100 * perItem[KERNEL]) / total) : NaN;
  const parts = Object.entries(perItem).filter(([r]) => r !== KERNEL).map(([r, ms]) => `${r} ${ms.toFixed(2)}`);
  return {
    line: `${parts.join(', ')} (ms of CPU each; service total ${total.toFixed(2)} ms, ${kernelShare} % of it in the kernel → about ${capacity}/s on ${cores} dedicated cores)`,
    perItem,
    capacity,
  };
}
