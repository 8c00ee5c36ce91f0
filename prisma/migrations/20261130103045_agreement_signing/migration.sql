-- CreateTable
CREATE TABLE "agreement_version" (
    "id" UUID NOT NULL,
    "partnership_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "sections" JSONB NOT NULL,
    "parties" JSONB NOT NULL,
    "pdf_file_id" UUID NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "frozen_by_id" UUID,
    "frozen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signed_file_id" UUID,
    "signed_sha256" VARCHAR(64),
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "agreement_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_signature" (
    "id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "role" VARCHAR(200) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelled_at" TIMESTAMPTZ(3),
    "provider" VARCHAR(40),
    "signed_name" VARCHAR(200),
    "signed_at" TIMESTAMPTZ(3),
    "consent_text" TEXT,
    "address_hash" VARCHAR(64),
    "evidence" JSONB,

    CONSTRAINT "agreement_signature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "agreement_version_partnership_id_number_key" ON "agreement_version"("partnership_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_signature_token_hash_key" ON "agreement_signature"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_signature_version_id_party_id_key" ON "agreement_signature"("version_id", "party_id");

-- AddForeignKey
ALTER TABLE "agreement_version" ADD CONSTRAINT "agreement_version_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_signature" ADD CONSTRAINT "agreement_signature_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "agreement_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A frozen version never changes: its text, parties, PDF and hash are fixed when it is written, and
-- the signed PDF, once stored, is fixed too (lib/server/signing). Deleting the partnership still
-- removes its versions.
CREATE FUNCTION "agreement_version_frozen"() RETURNS trigger AS $$
BEGIN
  IF NEW.partnership_id <> OLD.partnership_id OR NEW.number <> OLD.number
     OR NEW.sections::text <> OLD.sections::text OR NEW.parties::text <> OLD.parties::text
     OR NEW.pdf_file_id <> OLD.pdf_file_id OR NEW.sha256 <> OLD.sha256
     OR (OLD.signed_file_id IS NOT NULL AND (NEW.signed_file_id IS DISTINCT FROM OLD.signed_file_id
         OR NEW.signed_sha256 IS DISTINCT FROM OLD.signed_sha256
         OR NEW.completed_at IS DISTINCT FROM OLD.completed_at)) THEN
    RAISE EXCEPTION 'agreement_version is frozen';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "agreement_version_no_change" BEFORE UPDATE ON "agreement_version"
  FOR EACH ROW EXECUTE FUNCTION "agreement_version_frozen"();
