-- Referrals with a closed loop, and a resource directory with its own kinds.
-- Hand-edited from Prisma's output so existing rows keep their meaning: DECLINED becomes
-- DECLINED_BY_MEMBER, and a resource's kind is converted rather than dropped.

-- CreateEnum
CREATE TYPE "ReferralOutcome" AS ENUM ('SUCCESSFUL', 'UNSUCCESSFUL');

-- CreateEnum
CREATE TYPE "ReferralCloseReason" AS ENUM ('MEMBER_REFUSED', 'NO_CAPACITY', 'NO_LONGER_NEEDED', 'COULD_NOT_REACH_MEMBER', 'COULD_NOT_REACH_RESOURCE', 'OTHER');

-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('CRISIS_LINE', 'INDIVIDUAL_THERAPY', 'PSYCHIATRY', 'SUBSTANCE_USE_TREATMENT', 'MEDICAL', 'HOUSING', 'LEGAL', 'FINANCIAL', 'OTHER');

-- CreateEnum
CREATE TYPE "ResourceCost" AS ENUM ('FREE', 'SLIDING_SCALE', 'INSURANCE', 'FEE');

-- AlterEnum
ALTER TYPE "ReferralCategory" ADD VALUE 'FINANCIAL' BEFORE 'OTHER';

-- AlterEnum
ALTER TYPE "ReferralStatus" RENAME VALUE 'DECLINED' TO 'DECLINED_BY_MEMBER';
ALTER TYPE "ReferralStatus" ADD VALUE 'RESOURCE_DECLINED' AFTER 'COULD_NOT_REACH';

-- AlterTable
ALTER TABLE "Resource" ADD COLUMN     "acceptsDirectReferrals" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "cost" "ResourceCost",
ADD COLUMN     "languages" TEXT[];
ALTER TABLE "Resource" ALTER COLUMN "kind" TYPE "ResourceKind" USING (
  CASE "kind"::text WHEN 'CRISIS_SERVICES' THEN 'CRISIS_LINE' ELSE "kind"::text END
)::"ResourceKind";

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "closeReason" "ReferralCloseReason",
ADD COLUMN     "outcome" "ReferralOutcome",
ADD COLUMN     "reason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "resourceContact" TEXT,
ADD COLUMN     "resourceName" TEXT,
ADD COLUMN     "sharesInformation" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "warmHandoff" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Referral_createdById_status_idx" ON "Referral"("createdById", "status");

-- CreateIndex
CREATE INDEX "Referral_createdAt_idx" ON "Referral"("createdAt");
