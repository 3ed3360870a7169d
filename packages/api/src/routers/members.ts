import { getMemberProfile, listMembers, updateMember } from "@circle/core";
import { id, listMembersInput, updateMemberInput } from "@circle/validators";
import { z } from "zod";
import { adminProcedure, router, signedInProcedure } from "../trpc.ts";

/** Member records: admins all, facilitators their cohorts' members, staff none (enforced in core). */
export const membersRouter = router({
  list: signedInProcedure.input(listMembersInput).query(({ ctx, input }) => listMembers(ctx.db, ctx.actor, input)),
  get: signedInProcedure
    .input(z.object({ memberId: id }))
    .query(({ ctx, input }) => getMemberProfile(ctx.db, ctx.actor, input.memberId)),
  update: adminProcedure.input(updateMemberInput).mutation(({ ctx, input }) => updateMember(ctx.db, ctx.actor, input)),
});
