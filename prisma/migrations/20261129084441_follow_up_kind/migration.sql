-- CreateEnum
CREATE TYPE "FollowUpKind" AS ENUM ('TALK', 'REPORT', 'EXTRA');

-- AlterTable
ALTER TABLE "follow_up" ADD COLUMN     "kind" "FollowUpKind" NOT NULL DEFAULT 'TALK';
