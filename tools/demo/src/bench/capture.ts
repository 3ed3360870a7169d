import { createCaller, createContextInner, createServices } from "@circle/api";
import { resolveSession, startSession } from "@circle/auth";
import type { DbHandle, StatementListener } from "@circle/db";
import { LARGE_SIGN_INS } from "../large/organisation.ts";
import type { Call, Case, Role } from "./cases.ts";
import type { Statement } from "./sql-floor.ts";

/** Runs each case once in-process and keeps the SQL it sent: its session lookup and its procedures. */
export async function captureStatements(
  open: (onStatement: StatementListener) => Promise<DbHandle>,
  cases: Case[],
): Promise<Map<string, Statement[]>> {
  let current: Statement[] = [];
  const handle = await open((sql, params) => current.push({ sql, params }));
  const services = createServices(handle.prisma);
  const tokens = new Map<Role, string>();
  for (const role of ["admin", "facilitator", "staff"] as const) {
    const user = await handle.prisma.user.findUniqueOrThrow({ where: { email: LARGE_SIGN_INS[role] } });
    tokens.set(role, (await startSession(handle.prisma, user.id, services.sessionPolicy)).token);
  }
  const captured = new Map<string, Statement[]>();
  try {
    for (const c of cases) {
      if (!c.calls || !c.role) continue;
      current = [];
      const token = tokens.get(c.role);
      const session = await resolveSession(handle.prisma, token, services.sessionPolicy);
      const caller = createCaller(createContextInner(services, { session, sessionToken: token }));
      for (const call of c.calls) await invoke(caller, call);
      captured.set(c.name, current);
    }
  } finally {
    await handle.close();
  }
  return captured;
}

export function invoke(caller: unknown, call: Call): Promise<unknown> {
  const procedure = call.path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(call.input);
}
