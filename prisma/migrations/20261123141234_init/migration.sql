-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationForm" AS ENUM ('ASSOCIATION', 'FOUNDATION', 'FAITH_COMMUNITY', 'WORK_INTEGRATING_SOCIAL_ENTERPRISE', 'ECONOMIC_ASSOCIATION', 'OTHER');

-- CreateEnum
CREATE TYPE "RequestKind" AS ENUM ('COLLABORATION', 'QUESTION');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('DRAFT', 'OPEN', 'ENDED');

-- CreateEnum
CREATE TYPE "Step" AS ENUM ('RECEIVED', 'REVIEWED', 'EXPERTS_CONSULTED', 'PRESENTED', 'PROPOSAL', 'COMMITTEE');

-- CreateEnum
CREATE TYPE "Outcome" AS ENUM ('GRANTED', 'DECLINED', 'WITHDRAWN', 'CLOSED');

-- CreateEnum
CREATE TYPE "CollaborationForm" AS ENUM ('IOP', 'GRANT', 'PROCUREMENT', 'RESERVED_PROCUREMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "Theme" AS ENUM ('INTEGRATION', 'YOUTH_EMPLOYMENT', 'VIOLENCE_AGAINST_WOMEN', 'LABOUR_MARKET', 'MENTAL_HEALTH', 'RURAL_ACTIVITIES', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('LOTS', 'EXPERT', 'DIRECTOR', 'COMMITTEE', 'ADMIN');

-- CreateEnum
CREATE TYPE "ExpertKind" AS ENUM ('LAWYER', 'PROCUREMENT', 'CULTURE_LEISURE', 'OTHER');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('APPLICANT', 'STAFF', 'SYSTEM');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "org_number" VARCHAR(11),
    "form" "OrganisationForm" NOT NULL,
    "website" VARCHAR(300),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_person" (
    "id" UUID NOT NULL,
    "organisation_id" UUID,
    "name" VARCHAR(200) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "phone" VARCHAR(40),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contact_person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "request" (
    "id" UUID NOT NULL,
    "kind" "RequestKind" NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'DRAFT',
    "step" "Step",
    "outcome" "Outcome",
    "outcome_reason" TEXT,
    "collaboration_form" "CollaborationForm",
    "registration_number" VARCHAR(40),
    "received_at" TIMESTAMPTZ(3),
    "subject" VARCHAR(300),
    "themes" "Theme"[],
    "answers" JSONB NOT NULL DEFAULT '{}',
    "language" VARCHAR(5) NOT NULL DEFAULT 'sv',
    "version" INTEGER NOT NULL DEFAULT 0,
    "access_token_hash" VARCHAR(64),
    "idempotency_key" VARCHAR(100),
    "organisation_id" UUID,
    "contact_id" UUID,
    "assigned_to_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registration_counter" (
    "prefix" VARCHAR(20) NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "registration_counter_pkey" PRIMARY KEY ("prefix","year")
);

-- CreateTable
CREATE TABLE "case_event" (
    "id" BIGSERIAL NOT NULL,
    "request_id" UUID NOT NULL,
    "type" VARCHAR(60) NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "actor_type" "ActorType" NOT NULL,
    "actor_id" UUID,
    "from_step" "Step",
    "to_step" "Step",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_user" (
    "id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "password_hash" VARCHAR(200),
    "roles" "Role"[],
    "expert_kind" "ExpertKind",
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_email" (
    "id" UUID NOT NULL,
    "request_id" UUID,
    "to_address" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "text_body" TEXT NOT NULL,
    "html_body" TEXT,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),
    "last_error" VARCHAR(1000),
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_email_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organisation_org_number_key" ON "organisation"("org_number");

-- CreateIndex
CREATE INDEX "contact_person_organisation_id_idx" ON "contact_person"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "request_registration_number_key" ON "request"("registration_number");

-- CreateIndex
CREATE UNIQUE INDEX "request_access_token_hash_key" ON "request"("access_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "request_idempotency_key_key" ON "request"("idempotency_key");

-- CreateIndex
CREATE INDEX "request_status_step_idx" ON "request"("status", "step");

-- CreateIndex
CREATE INDEX "request_organisation_id_idx" ON "request"("organisation_id");

-- CreateIndex
CREATE INDEX "request_contact_id_idx" ON "request"("contact_id");

-- CreateIndex
CREATE INDEX "request_assigned_to_id_idx" ON "request"("assigned_to_id");

-- CreateIndex
CREATE INDEX "case_event_request_id_id_idx" ON "case_event"("request_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_user_email_key" ON "staff_user"("email");

-- CreateIndex
CREATE INDEX "outbox_email_status_next_attempt_at_idx" ON "outbox_email"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_email_request_id_idx" ON "outbox_email"("request_id");

-- AddForeignKey
ALTER TABLE "contact_person" ADD CONSTRAINT "contact_person_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact_person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_assigned_to_id_fkey" FOREIGN KEY ("assigned_to_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_email" ADD CONSTRAINT "outbox_email_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Added by hand: the audit trail is append-only. Nobody, not even the application, may change or
-- remove an event once written.
CREATE FUNCTION "case_event_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'case_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "case_event_no_update_delete" BEFORE UPDATE OR DELETE ON "case_event"
  FOR EACH ROW EXECUTE FUNCTION "case_event_append_only"();

CREATE TRIGGER "case_event_no_truncate" BEFORE TRUNCATE ON "case_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "case_event_append_only"();
