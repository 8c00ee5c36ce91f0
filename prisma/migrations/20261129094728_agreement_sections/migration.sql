-- AlterTable
ALTER TABLE "partnership" ADD COLUMN     "background" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "collaboration" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "evaluation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "responsible_committee" VARCHAR(300) NOT NULL DEFAULT '',
ADD COLUMN     "responsible_department" VARCHAR(300) NOT NULL DEFAULT '',
ADD COLUMN     "surplus_use" TEXT NOT NULL DEFAULT '';
