import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { hashPassword } from "@circle/auth";
import { createUser } from "@circle/core";
import { createUserInput } from "@circle/validators";
import { openServices } from "../services.ts";

/**
 * Creates an administrator. Values come from flags (--name, --email, --password), then the
 * environment (ADMIN_NAME, ADMIN_EMAIL, ADMIN_PASSWORD), then prompts (password hidden).
 */
export async function createAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { name: { type: "string" }, email: { type: "string" }, password: { type: "string" } },
  });
  const name = values.name ?? process.env.ADMIN_NAME ?? (await ask("Name: "));
  const email = values.email ?? process.env.ADMIN_EMAIL ?? (await ask("Email: "));
  const password = values.password ?? process.env.ADMIN_PASSWORD ?? (await ask("Password (12+ characters): ", true));

  const parsed = createUserInput.safeParse({ name, email, role: "ADMIN", temporaryPassword: password });
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues
        .map((i) => `${i.path.join(".") === "temporaryPassword" ? "password" : i.path.join(".")}: ${i.message}`)
        .join("\n"),
    );
  }
  const { services, handle } = await openServices();
  try {
    const existing = await services.db.user.findUnique({ where: { email: parsed.data.email } });
    if (existing) throw new Error(`email: an account with ${parsed.data.email} already exists`);
    const { temporaryPassword, ...rest } = parsed.data;
    // The person typed this password themselves: no forced change at first sign-in.
    const user = await createUser(services.db, null, {
      ...rest,
      passwordHash: await hashPassword(temporaryPassword),
      mustChangePassword: false,
    });
    console.log(`Administrator ${user.name} <${user.email}> created. Sign in at the dashboard.`);
  } finally {
    await handle.close();
  }
}

async function ask(question: string, hidden = false): Promise<string> {
  if (!process.stdin.isTTY)
    throw new Error(`Missing value for "${question.replace(/[:(].*$/, "").trim()}": pass it as a flag or variable`);
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answer = rl.question(question);
  muted = hidden;
  const value = await answer;
  rl.close();
  if (hidden) process.stdout.write("\n");
  return value.trim();
}
