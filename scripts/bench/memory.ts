import { readdirSync, readFileSync } from 'node:fs';
import { summarize, type Figure } from './stats';

/** Parent of each process, from /proc/<pid>/stat (Linux). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may contain spaces; the parent pid is the 2nd field after it.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function rssKiB(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory (MiB) of a process and all its descendants: `next start` runs its server in a child. */
export function treeRssMiB(rootPid: number): number {
  const parentOf = parents();
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) total += rssKiB(pid);
  return total / 1024;
}

/** Collects RSS samples of a process tree; `figure()` summarises them. */
export class MemorySampler {
  private samples: number[] = [];
  constructor(private readonly pid: number) {}
  sample = (): void => {
    this.samples.push(treeRssMiB(this.pid));
  };
  figure(): Figure | null {
    return summarize(this.samples, 1);
  }
}
