import { hashPassword } from "@circle/auth";
import {
  addCredential,
  changeRole,
  countPeople,
  createUser,
  getUser,
  listFacilitators,
  listUsers,
  removeCredential,
  resetPassword,
  setUserActive,
  updateCredential,
  updateUser,
} from "@circle/core";
import {
  addCredentialInput,
  changeRoleInput,
  createUserInput,
  id,
  listUsersInput,
  removeCredentialInput,
  resetPasswordInput,
  setActiveInput,
  updateCredentialInput,
  updateUserInput,
} from "@circle/validators";
import { z } from "zod";
import { adminProcedure, router, signedInProcedure } from "../trpc.ts";

/** People administration: admins only. */
export const usersRouter = router({
  list: adminProcedure.input(listUsersInput).query(({ ctx, input }) => listUsers(ctx.db, input)),

  /** How many accounts, active and not, and active ones by role: the admin home's people card. */
  counts: adminProcedure.query(({ ctx }) => countPeople(ctx.db)),

  get: adminProcedure.input(z.object({ userId: id })).query(({ ctx, input }) => getUser(ctx.db, input.userId)),

  /** Names and licence state of possible cohort facilitators; any signed-in user may read it. */
  facilitators: signedInProcedure.query(({ ctx }) => listFacilitators(ctx.db)),

  create: adminProcedure.input(createUserInput).mutation(async ({ ctx, input }) => {
    const { temporaryPassword, ...rest } = input;
    return createUser(ctx.db, ctx.actor, { ...rest, passwordHash: await hashPassword(temporaryPassword) });
  }),

  update: adminProcedure.input(updateUserInput).mutation(({ ctx, input }) => updateUser(ctx.db, ctx.actor, input)),

  changeRole: adminProcedure.input(changeRoleInput).mutation(({ ctx, input }) => changeRole(ctx.db, ctx.actor, input)),

  setActive: adminProcedure.input(setActiveInput).mutation(({ ctx, input }) => setUserActive(ctx.db, ctx.actor, input)),

  resetPassword: adminProcedure
    .input(resetPasswordInput)
    .mutation(async ({ ctx, input }) =>
      resetPassword(ctx.db, ctx.actor, input.userId, await hashPassword(input.temporaryPassword)),
    ),

  addCredential: adminProcedure.input(addCredentialInput).mutation(({ ctx, input }) => addCredential(ctx.db, ctx.actor, input)),

  updateCredential: adminProcedure
    .input(updateCredentialInput)
    .mutation(({ ctx, input }) => updateCredential(ctx.db, ctx.actor, input)),

  removeCredential: adminProcedure
    .input(removeCredentialInput)
    .mutation(({ ctx, input }) => removeCredential(ctx.db, ctx.actor, input)),
});
