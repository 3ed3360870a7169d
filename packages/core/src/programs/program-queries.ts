import type { Db, Prisma } from "@circle/db";
import type { ListProgramsInput, Page } from "@circle/validators";
import { AppError } from "../errors/app-error.ts";
import { pageWindow } from "../paging.ts";

const programRow = {
  id: true,
  name: true,
  groupType: true,
  leadership: true,
  delivery: true,
  sessionCount: true,
  sessionLengthMinutes: true,
  defaultCapacity: true,
  minimumEnrollment: true,
  requiresLicensedLead: true,
  archivedAt: true,
  createdAt: true,
  _count: { select: { cohorts: true, modules: true } },
} satisfies Prisma.ProgramSelect;

export type ProgramRow = Prisma.ProgramGetPayload<{ select: typeof programRow }>;

/** Programs are the organisation's catalogue: every signed-in user may read them. */
export async function listPrograms(db: Db, input: ListProgramsInput): Promise<Page<ProgramRow>> {
  const where: Prisma.ProgramWhereInput = {
    archivedAt: input.archived ? { not: null } : null,
    ...(input.groupType ? { groupType: input.groupType } : {}),
    ...(input.q ? { name: { contains: input.q, mode: "insensitive" } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.program.findMany({
      where,
      select: programRow,
      orderBy: [{ [input.sort]: input.desc ? "desc" : "asc" }, { id: "asc" }],
      ...pageWindow(input),
    }),
    db.program.count({ where }),
  ]);
  return { rows, total, page: input.page, pageSize: input.pageSize };
}

export async function getProgram(db: Db, programId: string) {
  const program = await db.program.findUnique({
    where: { id: programId },
    include: {
      modules: { orderBy: { position: "asc" } },
      consentDocument: { select: { id: true, title: true } },
      _count: { select: { cohorts: true } },
    },
  });
  if (!program) throw AppError.notFound("Program");
  return program;
}

/** Short list for pickers (cohort creation, filters). */
export async function listProgramOptions(db: Db) {
  return db.program.findMany({
    where: { archivedAt: null },
    select: { id: true, name: true, groupType: true },
    orderBy: { name: "asc" },
  });
}
