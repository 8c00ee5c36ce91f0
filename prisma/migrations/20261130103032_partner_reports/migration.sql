-- CreateEnum
CREATE TYPE "PartnerReportStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'RETURNED');

-- AlterTable
ALTER TABLE "partnership_party" ADD COLUMN     "contact_email" VARCHAR(254),
ADD COLUMN     "contact_name" VARCHAR(200);

-- CreateTable
CREATE TABLE "partner_link" (
    "id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partner_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partner_report" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "follow_up_id" UUID,
    "quarter" VARCHAR(7) NOT NULL,
    "activities" TEXT NOT NULL,
    "participants" INTEGER NOT NULL,
    "goal_values" JSONB NOT NULL DEFAULT '[]',
    "costs" JSONB NOT NULL DEFAULT '[]',
    "volunteer_hours" INTEGER NOT NULL,
    "status" "PartnerReportStatus" NOT NULL DEFAULT 'SUBMITTED',
    "review_comment" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "reviewed_by_id" UUID,
    "replaces_id" UUID,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partner_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partner_report_file" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "storage_key" VARCHAR(200) NOT NULL,
    "filename" VARCHAR(200) NOT NULL,
    "content_type" VARCHAR(120) NOT NULL,
    "size" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partner_report_file_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "partner_link_party_id_key" ON "partner_link"("party_id");

-- CreateIndex
CREATE UNIQUE INDEX "partner_link_token_hash_key" ON "partner_link"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "partner_report_replaces_id_key" ON "partner_report"("replaces_id");

-- CreateIndex
CREATE INDEX "partner_report_partnership_id_submitted_at_idx" ON "partner_report"("partnership_id", "submitted_at");

-- CreateIndex
CREATE INDEX "partner_report_party_id_idx" ON "partner_report"("party_id");

-- CreateIndex
CREATE INDEX "partner_report_file_report_id_idx" ON "partner_report_file"("report_id");

-- AddForeignKey
ALTER TABLE "partner_link" ADD CONSTRAINT "partner_link_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "partnership_party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_report" ADD CONSTRAINT "partner_report_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_report" ADD CONSTRAINT "partner_report_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "partnership_party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_report" ADD CONSTRAINT "partner_report_follow_up_id_fkey" FOREIGN KEY ("follow_up_id") REFERENCES "follow_up"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_report" ADD CONSTRAINT "partner_report_replaces_id_fkey" FOREIGN KEY ("replaces_id") REFERENCES "partner_report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_report_file" ADD CONSTRAINT "partner_report_file_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "partner_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
