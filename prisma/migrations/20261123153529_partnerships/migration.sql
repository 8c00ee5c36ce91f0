-- CreateEnum
CREATE TYPE "PartnershipStatus" AS ENUM ('DRAFT', 'ACTIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "PartySide" AS ENUM ('CIVIL_SOCIETY', 'PUBLIC');

-- CreateEnum
CREATE TYPE "BudgetKind" AS ENUM ('MONEY', 'STAFF_TIME', 'VOLUNTEER_TIME', 'PREMISES', 'MATERIAL', 'TRAVEL', 'OTHER');

-- CreateTable
CREATE TABLE "partnership" (
    "id" UUID NOT NULL,
    "request_id" UUID,
    "title" VARCHAR(300) NOT NULL,
    "municipality" VARCHAR(200) NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "target_group" TEXT NOT NULL DEFAULT '',
    "values" TEXT NOT NULL DEFAULT '',
    "efforts" TEXT NOT NULL DEFAULT '',
    "overall_goal" TEXT NOT NULL DEFAULT '',
    "goals" JSONB NOT NULL DEFAULT '[]',
    "themes" "Theme"[],
    "start_date" DATE,
    "end_date" DATE,
    "extension_decision_date" DATE,
    "start_year" INTEGER,
    "end_year" INTEGER,
    "steering_group" JSONB NOT NULL DEFAULT '{}',
    "follow_up_plan" JSONB NOT NULL DEFAULT '{}',
    "renegotiation_terms" TEXT,
    "repayment_terms" TEXT,
    "status" "PartnershipStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "published" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partnership_party" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "side" "PartySide" NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "org_number" VARCHAR(11),
    "department" VARCHAR(300),
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "partnership_party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_line" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "BudgetKind" NOT NULL,
    "description" VARCHAR(300) NOT NULL,
    "factors" JSONB NOT NULL DEFAULT '[]',
    "quantity" DECIMAL(12,2) NOT NULL,
    "unit" VARCHAR(40) NOT NULL,
    "unit_price_sek" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "budget_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_up" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "due_date" DATE NOT NULL,
    "done_at" TIMESTAMPTZ(3),
    "participants" TEXT,
    "notes" TEXT,
    "indicators" JSONB NOT NULL DEFAULT '[]',
    "reminder_sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "partnership_request_id_key" ON "partnership"("request_id");

-- CreateIndex
CREATE INDEX "partnership_status_published_at_idx" ON "partnership"("status", "published_at");

-- CreateIndex
CREATE INDEX "partnership_municipality_idx" ON "partnership"("municipality");

-- CreateIndex
CREATE INDEX "partnership_party_partnership_id_sort_order_idx" ON "partnership_party"("partnership_id", "sort_order");

-- CreateIndex
CREATE INDEX "partnership_party_name_idx" ON "partnership_party"("name");

-- CreateIndex
CREATE INDEX "budget_line_partnership_id_year_idx" ON "budget_line"("partnership_id", "year");

-- CreateIndex
CREATE INDEX "budget_line_party_id_idx" ON "budget_line"("party_id");

-- CreateIndex
CREATE INDEX "follow_up_partnership_id_due_date_idx" ON "follow_up"("partnership_id", "due_date");

-- AddForeignKey
ALTER TABLE "partnership" ADD CONSTRAINT "partnership_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_party" ADD CONSTRAINT "partnership_party_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "partnership_party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
