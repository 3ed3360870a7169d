import {
  createResource,
  getResource,
  listActiveResources,
  listResourceLanguages,
  listResources,
  setResourceActive,
  updateResource,
} from "@circle/core";
import { id, listResourcesInput, resourceFields, setResourceActiveInput, updateResourceInput } from "@circle/validators";
import { z } from "zod";
import { adminProcedure, router, signedInProcedure } from "../trpc.ts";

/** The resource directory: everyone signed in searches it, admins maintain it. */
export const resourcesRouter = router({
  list: signedInProcedure.input(listResourcesInput).query(({ ctx, input }) => listResources(ctx.db, ctx.actor, input)),
  /** every active resource, crisis lines first: the choices of the referral forms */
  choices: signedInProcedure.query(({ ctx }) => listActiveResources(ctx.db)),
  languages: signedInProcedure.query(({ ctx }) => listResourceLanguages(ctx.db)),
  get: signedInProcedure
    .input(z.object({ resourceId: id }))
    .query(({ ctx, input }) => getResource(ctx.db, ctx.actor, input.resourceId)),
  create: adminProcedure.input(resourceFields).mutation(({ ctx, input }) => createResource(ctx.db, ctx.actor, input)),
  update: adminProcedure.input(updateResourceInput).mutation(({ ctx, input }) => updateResource(ctx.db, ctx.actor, input)),
  setActive: adminProcedure
    .input(setResourceActiveInput)
    .mutation(({ ctx, input }) => setResourceActive(ctx.db, ctx.actor, input)),
});
