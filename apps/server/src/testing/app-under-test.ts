import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServices } from "@circle/api";
import type { DbHandle } from "@circle/db";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { readServerEnv, type ServerEnv } from "../env.ts";
import { buildApp } from "../http/app.ts";

export const HOST = "circle.example.org";
export const INDEX_HTML = "<!doctype html><title>Circle (test build)</title>";

/** A stand-in for the built dashboard: index.html and one asset. */
export async function webRootWithIndex(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "circle-web-"));
  await writeFile(join(root, "index.html"), INDEX_HTML);
  await mkdir(join(root, "assets"));
  await writeFile(join(root, "assets", "app.js"), "console.log('circle')");
  return root;
}

/** Everything the app logs, as one string. */
export class LogCapture {
  text = "";
  write(line: string) {
    this.text += line;
  }
}

export async function appOn(
  handle: DbHandle,
  webRoot: string,
  env: Record<string, string> = {},
  log = new LogCapture(),
): Promise<{ app: FastifyInstance; log: LogCapture; env: ServerEnv }> {
  const serverEnv = readServerEnv({ LOG_LEVEL: "silent", ...env });
  const app = await buildApp({ services: createServices(handle.prisma), env: serverEnv, webRoot, logStream: log });
  return { app, log, env: serverEnv };
}

/** A tRPC mutation as the dashboard sends it: superjson body, JSON content type, same origin. */
export function mutation(app: FastifyInstance, path: string, input: unknown, headers: Record<string, string> = {}) {
  return app.inject({
    method: "POST",
    url: `/trpc/${path}`,
    headers: { host: HOST, origin: `http://${HOST}`, "content-type": "application/json", ...headers },
    payload: JSON.stringify({ json: input }),
  });
}

/** A tRPC query: its input, when there is one, goes in the query string. */
export function query(app: FastifyInstance, path: string, headers: Record<string, string> = {}, input?: unknown) {
  const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return app.inject({ method: "GET", url: `/trpc/${path}${search}`, headers: { host: HOST, ...headers } });
}

/** The session cookie a response set, as a browser would send it back. */
export function sessionCookieOf(response: LightMyRequestResponse) {
  const cookie = response.cookies.find((c) => c.name.endsWith("circle_session"));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(response.headers["set-cookie"])}`);
  return { ...cookie, header: `${cookie.name}=${cookie.value}` };
}

/** The procedure's result (superjson "json" part) of a tRPC response. */
export function dataOf(response: LightMyRequestResponse): unknown {
  return (response.json() as { result: { data: { json: unknown } } }).result.data.json;
}
