-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "reviewComment" TEXT;
