-- CreateEnum
CREATE TYPE "RemediationStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'RISK_ACCEPTED');

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "orgUnitId" TEXT;

-- CreateTable
CREATE TABLE "OrgUnit" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrgUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DomainTarget" (
    "assessmentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "targetLevel" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "setById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DomainTarget_pkey" PRIMARY KEY ("assessmentId","domain")
);

-- CreateTable
CREATE TABLE "RemediationAction" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "ownerId" TEXT,
    "dueDate" TIMESTAMP(3),
    "status" "RemediationStatus" NOT NULL DEFAULT 'OPEN',
    "riskAcceptedReason" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RemediationAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentScore" (
    "assessmentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "orgUnitId" TEXT,
    "questionnaireKey" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3) NOT NULL,
    "overallScore" DOUBLE PRECISION,
    "grade" TEXT,
    "coveragePercent" DOUBLE PRECISION,

    CONSTRAINT "AssessmentScore_pkey" PRIMARY KEY ("assessmentId")
);

-- CreateTable
CREATE TABLE "AssessmentDomainScore" (
    "assessmentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "score" DOUBLE PRECISION,
    "targetLevel" INTEGER NOT NULL,
    "coveragePercent" DOUBLE PRECISION,

    CONSTRAINT "AssessmentDomainScore_pkey" PRIMARY KEY ("assessmentId","domain")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnit_organizationId_name_key" ON "OrgUnit"("organizationId", "name");

-- CreateIndex
CREATE INDEX "RemediationAction_organizationId_ownerId_idx" ON "RemediationAction"("organizationId", "ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "RemediationAction_assessmentId_questionKey_key" ON "RemediationAction"("assessmentId", "questionKey");

-- CreateIndex
CREATE INDEX "AssessmentScore_organizationId_approvedAt_idx" ON "AssessmentScore"("organizationId", "approvedAt");

-- CreateIndex
CREATE INDEX "AssessmentScore_organizationId_orgUnitId_approvedAt_idx" ON "AssessmentScore"("organizationId", "orgUnitId", "approvedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentScore_assessmentId_organizationId_key" ON "AssessmentScore"("assessmentId", "organizationId");

-- CreateIndex
CREATE INDEX "AssessmentDomainScore_organizationId_domain_idx" ON "AssessmentDomainScore"("organizationId", "domain");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainTarget" ADD CONSTRAINT "DomainTarget_assessmentId_organizationId_fkey" FOREIGN KEY ("assessmentId", "organizationId") REFERENCES "Assessment"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainTarget" ADD CONSTRAINT "DomainTarget_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemediationAction" ADD CONSTRAINT "RemediationAction_assessmentId_organizationId_fkey" FOREIGN KEY ("assessmentId", "organizationId") REFERENCES "Assessment"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemediationAction" ADD CONSTRAINT "RemediationAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentScore" ADD CONSTRAINT "AssessmentScore_assessmentId_organizationId_fkey" FOREIGN KEY ("assessmentId", "organizationId") REFERENCES "Assessment"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentDomainScore" ADD CONSTRAINT "AssessmentDomainScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "AssessmentScore"("assessmentId") ON DELETE CASCADE ON UPDATE CASCADE;
