import { type APIRequestContext, test as base, expect, type Page } from "@playwright/test";
import { ADMIN } from "./e2e-env.ts";

export { expect };

export type Role = "ADMIN" | "FACILITATOR" | "STAFF";
export interface Account {
  id: string;
  name: string;
  email: string;
  password: string;
  role: Role;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${process.pid}${(counter++).toString(36)}`;

/** Calls a tRPC procedure the way the dashboard does (superjson envelope, same-origin JSON). */
export async function trpc<T>(
  request: APIRequestContext,
  path: string,
  input?: unknown,
  kind: "query" | "mutation" = "mutation",
): Promise<T> {
  const baseURL = test.info().project.use.baseURL ?? "";
  const response =
    kind === "mutation"
      ? await request.post(`/trpc/${path}`, { data: { json: input }, headers: { origin: baseURL } })
      : await request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  const body = await response.json();
  if (!response.ok())
    throw new Error(`${path} failed (${response.status()}): ${JSON.stringify(body.error?.json?.message ?? body)}`);
  return body.result.data.json as T;
}

/** Signs a browser context in through the API: the session cookie lands in the context. */
export async function signInThroughApi(request: APIRequestContext, email: string, password: string): Promise<void> {
  await trpc(request, "auth.signIn", { email, password });
}

/** Signs in through the real sign-in form. */
export async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

interface Fixtures {
  /** An API context signed in as the e2e administrator, for arranging data. */
  adminApi: APIRequestContext;
  /** Creates a ready-to-use account (password already changed from the temporary one). */
  createAccount: (role: Role, name?: string) => Promise<Account>;
  /** Opens the dashboard signed in as this account. */
  signInAs: (account: Account | "admin") => Promise<void>;
}

export const test = base.extend<Fixtures>({
  adminApi: async ({ playwright, baseURL }, use) => {
    const request = await playwright.request.newContext({ baseURL });
    await signInThroughApi(request, ADMIN.email, ADMIN.password);
    await use(request);
    await request.dispose();
  },
  createAccount: async ({ adminApi, playwright, baseURL }, use) => {
    await use(async (role, name) => {
      const id = unique();
      const temporaryPassword = `temporary-${id}`;
      const password = `chosen-password-${id}`;
      const email = `${role.toLowerCase()}-${id}@example.org`;
      const fullName = name ?? `${role[0]}${role.slice(1).toLowerCase()} ${id}`;
      const user = await trpc<{ id: string }>(adminApi, "users.create", {
        name: fullName,
        email,
        role,
        temporaryPassword,
        credentials: role === "FACILITATOR" ? [{ kind: "PROFESSIONAL_LICENCE", title: "LCSW", expiresOn: "2030-01-01" }] : [],
      });
      const own = await playwright.request.newContext({ baseURL });
      await signInThroughApi(own, email, temporaryPassword);
      await trpc(own, "auth.changePassword", { currentPassword: temporaryPassword, newPassword: password });
      await own.dispose();
      return { id: user.id, name: fullName, email, password, role };
    });
  },
  signInAs: async ({ page }, use) => {
    await use(async (account) => {
      const { email, password } = account === "admin" ? ADMIN : account;
      await signInThroughApi(page.request, email, password);
      await page.goto("/");
    });
  },
});
