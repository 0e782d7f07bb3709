import fs from 'node:fs';
import os from 'node:os';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on every Linux this runs on). */
const USER_HZ = 100;

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux); undefined elsewhere. On a shared
 * machine, CPU time per request is a steadier measure of a server's own cost than latency, which also counts the
 * time the server waited for a core.
 */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined || os.platform() !== 'linux') return undefined;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return undefined;
  }
}
