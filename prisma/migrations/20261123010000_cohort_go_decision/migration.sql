-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "goConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "goConfirmedById" UUID;

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_goConfirmedById_fkey" FOREIGN KEY ("goConfirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
