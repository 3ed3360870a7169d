-- CreateEnum
CREATE TYPE "Recommendation" AS ENUM ('ACCEPT', 'WAITLIST', 'DECLINE', 'REFER_ELSEWHERE');

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "facilitatorsSeeUnplaced" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "licensedLeadsDecide" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "interviewNotes" TEXT,
ADD COLUMN     "interviewNotesAt" TIMESTAMP(3),
ADD COLUMN     "interviewNotesById" UUID,
ADD COLUMN     "recommendation" "Recommendation",
ADD COLUMN     "recommendationReason" TEXT,
ADD COLUMN     "recommendedAt" TIMESTAMP(3),
ADD COLUMN     "recommendedById" UUID;

-- CreateTable
CREATE TABLE "RiskFlagNote" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "authorId" UUID,
    "note" TEXT NOT NULL,
    "escalated" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskFlagNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RiskFlagNote_applicationId_createdAt_idx" ON "RiskFlagNote"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "Application_interviewerId_interviewAt_idx" ON "Application"("interviewerId", "interviewAt");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_interviewNotesById_fkey" FOREIGN KEY ("interviewNotesById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_recommendedById_fkey" FOREIGN KEY ("recommendedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskFlagNote" ADD CONSTRAINT "RiskFlagNote_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskFlagNote" ADD CONSTRAINT "RiskFlagNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
