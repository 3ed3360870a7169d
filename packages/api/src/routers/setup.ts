import { hashPassword, hashToken } from "@circle/auth";
import { assertSetupLinkValid, createFirstAdministrator, gettingStarted, setupStatus } from "@circle/core";
import { firstAdministratorInput, setupStatusInput } from "@circle/validators";
import { adminProcedure, publicProcedure, router } from "../trpc.ts";
import { openSession } from "./open-session.ts";

// The first run: no administrator yet, and a one-time link printed on the server's console.
export const setupRouter = router({
  /** Whether Circle still needs its first administrator, and whether this link may create it. */
  status: publicProcedure
    .input(setupStatusInput)
    .query(({ ctx, input }) => setupStatus(ctx.db, input.token ? hashToken(input.token) : null)),

  /** Creates the first administrator and signs them in; refused once any administrator exists. */
  createFirstAdministrator: publicProcedure.input(firstAdministratorInput).mutation(async ({ ctx, input }) => {
    const tokenHash = hashToken(input.token);
    // The cheap check first: a wrong link costs no password hashing.
    await assertSetupLinkValid(ctx.db, tokenHash);
    const user = await createFirstAdministrator(
      ctx.db,
      { ip: ctx.ip, userAgent: ctx.userAgent },
      { tokenHash, name: input.name, email: input.email, passwordHash: await hashPassword(input.password) },
    );
    return openSession(ctx, user.id);
  }),

  /** The organisation's first steps and how many of each exist: an administrator's home shows them. */
  gettingStarted: adminProcedure.query(({ ctx }) => gettingStarted(ctx.db)),
});
