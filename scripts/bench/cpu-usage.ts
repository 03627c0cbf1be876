// CPU time from Linux's /proc: of a process and its children (the server's workers, PostgreSQL's
// backends), and of the whole machine, with the kernel's pressure stall figures (how long tasks
// waited for a CPU or for the disk), so a run on a shared machine shows how much of it the app
// had. Elsewhere every reading is null and the report leaves the figures out.
import { existsSync, readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

/**
 * utime + stime + cutime + cstime (fields 14–17 of /proc/<pid>/stat: its own CPU and that of its
 * children it has reaped, so a PostgreSQL backend's CPU stays counted after it exits) and the
 * parent pid, or null once the process is gone.
 */
function processStat(pid: number): { cpuMs: number; parent: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces: the fields that follow start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { parent: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * TICK_MS };
  } catch {
    return null;
  }
}

/** CPU ms used so far by `rootPid` and every process below it. */
export function processTreeCpuMs(rootPid: number): number | null {
  if (!existsSync("/proc/stat")) return null;
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = processStat(Number(entry));
    if (stat) {
      parents.set(Number(entry), stat.parent);
      cpu.set(Number(entry), stat.cpuMs);
    }
  }
  const inTree = (pid: number): boolean => pid === rootPid || (pid > 1 && parents.has(pid) && inTree(parents.get(pid)!));
  let total = 0;
  for (const [pid, ms] of cpu) if (inTree(pid)) total += ms;
  return cpu.has(rootPid) ? total : null;
}

/** CPU ms the whole machine has been busy (all cores, everything but idle and iowait). */
export function machineBusyCpuMs(): number | null {
  if (!existsSync("/proc/stat")) return null;
  const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks;
  return (user! + nice! + system! + irq! + softirq! + steal!) * TICK_MS;
}

/** Microseconds in which at least one task waited (the "some" line of /proc/pressure/<resource>). */
function pressureStallUs(resource: "cpu" | "io"): number | null {
  try {
    const some = readFileSync(`/proc/pressure/${resource}`, "utf8").split("\n")[0]!;
    return Number(/total=(\d+)/.exec(some)![1]);
  } catch {
    return null;
  }
}

export type TCpuReading = { atMs: number; serverMs: number | null; postgresMs: number | null; generatorMs: number; machineMs: number | null; cpuStallUs: number | null; ioStallUs: number | null };

/** One reading now: `atMs` on performance.now()'s clock. */
export function readCpu({ serverPid, postgresPid }: { serverPid: number; postgresPid: number | null }): TCpuReading {
  const own = process.cpuUsage();
  return {
    atMs: performance.now(),
    serverMs: processTreeCpuMs(serverPid),
    postgresMs: postgresPid ? processTreeCpuMs(postgresPid) : null,
    generatorMs: (own.user + own.system) / 1000,
    machineMs: machineBusyCpuMs(),
    cpuStallUs: pressureStallUs("cpu"),
    ioStallUs: pressureStallUs("io"),
  };
}

/**
 * Cores in use on average between two readings, by whom ("others" is everything else on the
 * machine), and the share of the time some task waited for a CPU or for the disk, in percent.
 */
export function usageBetween(from: TCpuReading, to: TCpuReading) {
  const seconds = (to.atMs - from.atMs) / 1000;
  const cores = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.round(((b - a) / 1000 / seconds) * 100) / 100);
  const server = cores(from.serverMs, to.serverMs);
  const postgres = cores(from.postgresMs, to.postgresMs);
  const generator = cores(from.generatorMs, to.generatorMs);
  const machine = cores(from.machineMs, to.machineMs);
  const others = machine === null || server === null || postgres === null ? null : Math.max(0, Math.round((machine - server - postgres - generator!) * 100) / 100);
  const stallPercent = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.round((b - a) / 10 / (to.atMs - from.atMs)));
  return { server, postgres, generator, others, machine, cpuWaitPercent: stallPercent(from.cpuStallUs, to.cpuStallUs), ioWaitPercent: stallPercent(from.ioStallUs, to.ioStallUs) };
}

/** The postmaster's pid, from the first line of postmaster.pid in its data directory. */
export function postmasterPid(dataDir: string): number | null {
  try {
    return Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
  } catch {
    return null;
  }
}
