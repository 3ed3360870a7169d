import { readdirSync, readFileSync } from "node:fs";

interface Proc {
  pid: number;
  ppid: number;
  comm: string;
  /** user + system time, ms */
  cpuMs: number;
}

// /proc/<pid>/stat: "pid (comm) state ppid … utime stime …", times in 1/100 s
function readProcs(): Proc[] {
  const procs: Proc[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    const close = stat.lastIndexOf(")");
    const fields = stat.slice(close + 2).split(" ");
    procs.push({
      pid: Number(entry),
      ppid: Number(fields[1]),
      comm: stat.slice(stat.indexOf("(") + 1, close),
      cpuMs: (Number(fields[11]) + Number(fields[12])) * 10,
    });
  }
  return procs;
}

/**
 * CPU time (ms) spent so far by the benchmark's own processes, by process: these (the benchmark,
 * which also runs the load generator, and the server) with their children, and PostgreSQL's.
 * Empty where there is no /proc (not Linux).
 */
export function benchCpuMs(roots: number[]): Map<number, number> {
  let procs: Proc[];
  try {
    procs = readProcs();
  } catch {
    return new Map();
  }
  const counted = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs)
      if (!counted.has(p.pid) && (counted.has(p.ppid) || p.comm === "postgres")) {
        counted.add(p.pid);
        grew = true;
      }
  }
  return new Map(procs.filter((p) => counted.has(p.pid)).map((p) => [p.pid, p.cpuMs]));
}

/**
 * The CPU those processes spent between two readings. Counted per process, so one that ended
 * meanwhile (a finished case's database connections) takes nothing away; divided by a case's
 * requests it is a cost per request that holds still when something else slows the machine
 * down, unlike the latencies.
 */
export function cpuSpentMs(before: Map<number, number>, after: Map<number, number>): number {
  let spent = 0;
  for (const [pid, ms] of after) spent += ms - (before.get(pid) ?? 0);
  return spent;
}
