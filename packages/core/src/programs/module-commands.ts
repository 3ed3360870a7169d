import type { Db } from "@circle/db";
import type { AddModuleInput, RemoveModuleInput, ReorderModulesInput, UpdateModuleInput } from "@circle/validators";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { assertCompleteOrder } from "../ordering.ts";
import { lockRow } from "../transactions/lock-rows.ts";

export async function addModule(db: Db, actor: Actor, { programId, ...fields }: AddModuleInput) {
  return db.$transaction(async (tx) => {
    // Locked while the last position is read: two modules added at once get the next two places.
    if (!(await lockRow(tx, "Program", programId))) throw AppError.notFound("Program");
    const last = await tx.programModule.aggregate({ where: { programId }, _max: { position: true } });
    const module = await tx.programModule.create({ data: { programId, position: (last._max.position ?? 0) + 1, ...fields } });
    await recordAudit(tx, actor, {
      action: "program_module.add",
      entityType: "Program",
      entityId: programId,
      details: { moduleId: module.id },
    });
    return module;
  });
}

export async function updateModule(db: Db, actor: Actor, { moduleId, ...fields }: UpdateModuleInput) {
  return db.$transaction(async (tx) => {
    const existing = await tx.programModule.findUnique({ where: { id: moduleId }, select: { programId: true } });
    if (!existing) throw AppError.notFound("Module");
    const module = await tx.programModule.update({ where: { id: moduleId }, data: fields });
    await recordAudit(tx, actor, {
      action: "program_module.update",
      entityType: "Program",
      entityId: existing.programId,
      details: { moduleId },
    });
    return module;
  });
}

/** Removes a module and closes the gap in the order; sessions tied to it keep their history. */
export async function removeModule(db: Db, actor: Actor, { moduleId }: RemoveModuleInput) {
  return db.$transaction(async (tx) => {
    const found = await tx.programModule.findUnique({ where: { id: moduleId }, select: { programId: true } });
    if (!found) throw AppError.notFound("Module");
    // The order is read again under the program's lock, which every change of the order takes.
    await lockRow(tx, "Program", found.programId);
    const existing = await tx.programModule.findUnique({ where: { id: moduleId }, select: { programId: true, position: true } });
    if (!existing) throw AppError.notFound("Module");
    await tx.programModule.delete({ where: { id: moduleId } });
    await tx.programModule.updateMany({
      where: { programId: existing.programId, position: { gt: existing.position } },
      data: { position: { decrement: 1 } },
    });
    await recordAudit(tx, actor, {
      action: "program_module.remove",
      entityType: "Program",
      entityId: existing.programId,
      details: { moduleId },
    });
    return { id: moduleId };
  });
}

/** Sets the order of all of a program's modules at once: the list must name each exactly once. */
export async function reorderModules(db: Db, actor: Actor, { programId, moduleIds }: ReorderModulesInput) {
  return db.$transaction(async (tx) => {
    if (!(await lockRow(tx, "Program", programId))) throw AppError.notFound("Program");
    const modules = await tx.programModule.findMany({ where: { programId }, select: { id: true } });
    if (modules.length === 0) throw AppError.notFound("Program");
    assertCompleteOrder(moduleIds, modules, "moduleIds", "List every module of this program exactly once");
    await Promise.all(moduleIds.map((id, index) => tx.programModule.update({ where: { id }, data: { position: index + 1 } })));
    await recordAudit(tx, actor, { action: "program_module.reorder", entityType: "Program", entityId: programId });
    return tx.programModule.findMany({ where: { programId }, orderBy: { position: "asc" } });
  });
}
