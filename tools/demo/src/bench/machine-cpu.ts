import { readFileSync } from "node:fs";

/**
 * CPU time the whole machine spent (every process: server, database, load generator), from
 * /proc/stat, in milliseconds. Divided by the requests of a case it gives a cost per request that
 * holds still when a neighbour slows the machine down, unlike its latencies. 0 where there is no
 * /proc (not Linux).
 */
export function machineCpuMs(): number {
  let line: string;
  try {
    line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
  } catch {
    return 0;
  }
  // cpu user nice system idle iowait irq softirq steal …, in 1/100 s
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq) * 10;
}
