-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('PROFILE', 'IN_PROGRESS', 'IN_REVIEW', 'APPROVED');

-- AlterTable
ALTER TABLE "QuestionnaireQuestion" ADD COLUMN     "allowNotApplicable" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "appliesIf" JSONB;

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "questionnaireVersionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'PROFILE',
    "profile" JSONB NOT NULL DEFAULT '{}',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "previousRevisionId" TEXT,
    "ownerId" TEXT NOT NULL,
    "dueDate" TIMESTAMP(3),
    "contributorsReadAll" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DomainAssignment" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "dueDate" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DomainAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "level" INTEGER,
    "notApplicable" BOOLEAN NOT NULL DEFAULT false,
    "justification" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_previousRevisionId_key" ON "Assessment"("previousRevisionId");

-- CreateIndex
CREATE INDEX "Assessment_organizationId_createdAt_idx" ON "Assessment"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_id_organizationId_key" ON "Assessment"("id", "organizationId");

-- CreateIndex
CREATE INDEX "DomainAssignment_assigneeId_idx" ON "DomainAssignment"("assigneeId");

-- CreateIndex
CREATE UNIQUE INDEX "DomainAssignment_assessmentId_domain_key" ON "DomainAssignment"("assessmentId", "domain");

-- CreateIndex
CREATE INDEX "Answer_organizationId_idx" ON "Answer"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_assessmentId_questionKey_key" ON "Answer"("assessmentId", "questionKey");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_questionnaireVersionId_fkey" FOREIGN KEY ("questionnaireVersionId") REFERENCES "QuestionnaireVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_previousRevisionId_fkey" FOREIGN KEY ("previousRevisionId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainAssignment" ADD CONSTRAINT "DomainAssignment_assessmentId_organizationId_fkey" FOREIGN KEY ("assessmentId", "organizationId") REFERENCES "Assessment"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainAssignment" ADD CONSTRAINT "DomainAssignment_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_assessmentId_organizationId_fkey" FOREIGN KEY ("assessmentId", "organizationId") REFERENCES "Assessment"("id", "organizationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
