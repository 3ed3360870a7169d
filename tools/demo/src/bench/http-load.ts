import autocannon from "autocannon";
import { benchCpuMs, cpuSpentMs } from "./process-cpu.ts";
import { type Stats, statsOf } from "./stats.ts";

export interface HttpRequest {
  method: "GET" | "POST";
  path: string;
  body?: string;
  /** bodies taken in turn, one per request, instead of the one body */
  bodies?: string[];
  headers?: Record<string, string>;
}

/**
 * Drives one request at `connections` concurrent clients for `seconds` with autocannon. Each
 * client holds its own session cookie (round robin over `cookies`), as separate browsers would.
 */
export async function loadHttp(
  url: string,
  request: HttpRequest,
  {
    connections,
    seconds,
    cookies = [],
    serverPid,
  }: { connections: number; seconds: number; cookies?: string[]; serverPid?: number },
): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  let sent = 0;
  const nextBody = () => request.bodies?.[sent++ % request.bodies.length];
  const processes = [process.pid, ...(serverPid ? [serverPid] : [])];
  const cpuBefore = benchCpuMs(processes);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}${request.path}`,
        connections,
        duration: seconds,
        method: request.method,
        body: request.body,
        headers: request.headers,
        ...(request.bodies ? { requests: [{ setupRequest: (req) => ({ ...req, body: nextBody() }) }] } : {}),
        setupClient: (client) => {
          const cookie = cookies[next++ % Math.max(1, cookies.length)];
          if (cookie) client.setHeaders({ ...request.headers, cookie });
        },
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else errors++;
    });
  });
  const stats = statsOf(latencies, result.duration, errors + result.errors + result.timeouts);
  return {
    ...stats,
    cpuMs: stats.requests ? Math.round((cpuSpentMs(cpuBefore, benchCpuMs(processes)) / stats.requests) * 100) / 100 : 0,
  };
}
