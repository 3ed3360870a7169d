import {
  addModule,
  createProgram,
  getProgram,
  listProgramOptions,
  listPrograms,
  removeModule,
  reorderModules,
  setProgramArchived,
  updateModule,
  updateProgram,
} from "@circle/core";
import {
  addModuleInput,
  createProgramInput,
  id,
  listProgramsInput,
  removeModuleInput,
  reorderModulesInput,
  setProgramArchivedInput,
  updateModuleInput,
  updateProgramInput,
} from "@circle/validators";
import { z } from "zod";
import { adminProcedure, router, signedInProcedure } from "../trpc.ts";

/** The program catalogue: everyone signed in reads it; admins design it. */
export const programsRouter = router({
  list: signedInProcedure.input(listProgramsInput).query(({ ctx, input }) => listPrograms(ctx.db, input)),
  options: signedInProcedure.query(({ ctx }) => listProgramOptions(ctx.db)),
  get: signedInProcedure.input(z.object({ programId: id })).query(({ ctx, input }) => getProgram(ctx.db, input.programId)),

  create: adminProcedure.input(createProgramInput).mutation(({ ctx, input }) => createProgram(ctx.db, ctx.actor, input)),
  update: adminProcedure.input(updateProgramInput).mutation(({ ctx, input }) => updateProgram(ctx.db, ctx.actor, input)),
  setArchived: adminProcedure
    .input(setProgramArchivedInput)
    .mutation(({ ctx, input }) => setProgramArchived(ctx.db, ctx.actor, input)),

  addModule: adminProcedure.input(addModuleInput).mutation(({ ctx, input }) => addModule(ctx.db, ctx.actor, input)),
  updateModule: adminProcedure.input(updateModuleInput).mutation(({ ctx, input }) => updateModule(ctx.db, ctx.actor, input)),
  removeModule: adminProcedure.input(removeModuleInput).mutation(({ ctx, input }) => removeModule(ctx.db, ctx.actor, input)),
  reorderModules: adminProcedure
    .input(reorderModulesInput)
    .mutation(({ ctx, input }) => reorderModules(ctx.db, ctx.actor, input)),
});
