-- CreateEnum
CREATE TYPE "FollowUpOutcome" AS ENUM ('CONTACTED', 'COULD_NOT_REACH', 'MEMBER_WITHDREW');

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "completionPercent" INTEGER NOT NULL DEFAULT 75,
ADD COLUMN     "followUpAfterAbsences" INTEGER;

-- AlterTable
ALTER TABLE "FollowUpNote" ADD COLUMN     "contactedOn" DATE NOT NULL,
ADD COLUMN     "outcome" "FollowUpOutcome" NOT NULL;

-- CreateTable
CREATE TABLE "SessionNote" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "covered" TEXT NOT NULL,
    "moduleDelivered" BOOLEAN NOT NULL,
    "deliveredModuleId" UUID,
    "carryForward" TEXT NOT NULL DEFAULT '',
    "writtenById" UUID,
    "signedById" UUID,
    "signedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionNoteAddendum" (
    "id" UUID NOT NULL,
    "noteId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "writtenById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionNoteAddendum_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SessionNote_sessionId_key" ON "SessionNote"("sessionId");

-- CreateIndex
CREATE INDEX "SessionNoteAddendum_noteId_createdAt_idx" ON "SessionNoteAddendum"("noteId", "createdAt");

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_deliveredModuleId_fkey" FOREIGN KEY ("deliveredModuleId") REFERENCES "ProgramModule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_writtenById_fkey" FOREIGN KEY ("writtenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNoteAddendum" ADD CONSTRAINT "SessionNoteAddendum_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "SessionNote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNoteAddendum" ADD CONSTRAINT "SessionNoteAddendum_writtenById_fkey" FOREIGN KEY ("writtenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AlterEnum
ALTER TYPE "EnrollmentStatus" ADD VALUE 'NOT_COMPLETED';
