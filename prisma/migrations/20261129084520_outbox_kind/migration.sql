-- AlterTable
ALTER TABLE "outbox_email" ADD COLUMN     "kind" VARCHAR(60);
