-- CreateEnum
CREATE TYPE "ActualCostSource" AS ENUM ('REPORT', 'STAFF');

-- CreateTable
CREATE TABLE "payment_instalment" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "due_date" DATE NOT NULL,
    "amount_ore" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_instalment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "paid_on" DATE NOT NULL,
    "amount_ore" BIGINT NOT NULL,
    "reference" VARCHAR(100) NOT NULL,
    "instalment_id" UUID,
    "recorded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actual_cost" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "budget_line_id" UUID NOT NULL,
    "amount_ore" BIGINT NOT NULL,
    "spent_on" DATE NOT NULL,
    "source" "ActualCostSource" NOT NULL,
    "report_id" UUID,
    "note" VARCHAR(500) NOT NULL DEFAULT '',
    "recorded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "actual_cost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deviation_dialogue" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "note" VARCHAR(2000) NOT NULL,
    "fingerprint" VARCHAR(100) NOT NULL,
    "recorded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deviation_dialogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repayment_claim" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "amount_ore" BIGINT NOT NULL,
    "reason" VARCHAR(2000) NOT NULL,
    "due_date" DATE NOT NULL,
    "paid_on" DATE,
    "paid_amount_ore" BIGINT,
    "recorded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "repayment_claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "surplus_carry" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "from_year" INTEGER NOT NULL,
    "amount_ore" BIGINT NOT NULL,
    "purpose" VARCHAR(2000) NOT NULL,
    "recorded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "surplus_carry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "payment_instalment_partnership_id_year_party_id_idx" ON "payment_instalment"("partnership_id", "year", "party_id");

-- CreateIndex
CREATE INDEX "payment_partnership_id_year_idx" ON "payment"("partnership_id", "year");

-- CreateIndex
CREATE INDEX "actual_cost_partnership_id_idx" ON "actual_cost"("partnership_id");

-- CreateIndex
CREATE INDEX "actual_cost_budget_line_id_idx" ON "actual_cost"("budget_line_id");

-- CreateIndex
CREATE INDEX "deviation_dialogue_partnership_id_created_at_idx" ON "deviation_dialogue"("partnership_id", "created_at");

-- CreateIndex
CREATE INDEX "repayment_claim_partnership_id_idx" ON "repayment_claim"("partnership_id");

-- CreateIndex
CREATE INDEX "surplus_carry_partnership_id_from_year_idx" ON "surplus_carry"("partnership_id", "from_year");

-- AddForeignKey
ALTER TABLE "payment_instalment" ADD CONSTRAINT "payment_instalment_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_instalment" ADD CONSTRAINT "payment_instalment_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "partnership_party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "partnership_party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_instalment_id_fkey" FOREIGN KEY ("instalment_id") REFERENCES "payment_instalment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actual_cost" ADD CONSTRAINT "actual_cost_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actual_cost" ADD CONSTRAINT "actual_cost_budget_line_id_fkey" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deviation_dialogue" ADD CONSTRAINT "deviation_dialogue_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repayment_claim" ADD CONSTRAINT "repayment_claim_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repayment_claim" ADD CONSTRAINT "repayment_claim_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "partnership_party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "surplus_carry" ADD CONSTRAINT "surplus_carry_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "surplus_carry" ADD CONSTRAINT "surplus_carry_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "partnership_party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
