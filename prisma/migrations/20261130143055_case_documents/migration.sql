-- CreateEnum
CREATE TYPE "DocumentDirection" AS ENUM ('IN', 'OUT', 'INTERNAL');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('REQUEST', 'SUPPLEMENT', 'ATTACHMENT', 'MESSAGE', 'OPINION', 'PROPOSAL', 'DECISION', 'OUTGOING_MAIL', 'AGREEMENT');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'REGISTRAR';





-- AlterTable
ALTER TABLE "request" ADD COLUMN     "document_counter" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "case_document" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "registered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "direction" "DocumentDirection" NOT NULL,
    "counterpart" VARCHAR(300) NOT NULL DEFAULT '',
    "description" VARCHAR(300) NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "ref_id" VARCHAR(100) NOT NULL,
    "secrecy" VARCHAR(100),

    CONSTRAINT "case_document_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "case_document_request_id_number_key" ON "case_document"("request_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "case_document_kind_ref_id_key" ON "case_document"("kind", "ref_id");

-- AddForeignKey
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand: a registered document keeps its number, case, kind, reference and date for good
-- (only its secrecy marking, and its texts for a lawful erasure, may change). Deleting stays possible
-- for retention (gallring), which removes a whole case.
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_number_positive" CHECK ("number" > 0);

CREATE FUNCTION "case_document_register_fixed"() RETURNS trigger AS $$
BEGIN
  IF NEW.request_id <> OLD.request_id OR NEW.number <> OLD.number OR NEW.kind <> OLD.kind
     OR NEW.ref_id <> OLD.ref_id OR NEW.registered_at <> OLD.registered_at
     OR NEW.direction <> OLD.direction THEN
    RAISE EXCEPTION 'a registered document keeps its number, case, kind, reference, direction and date';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "case_document_fixed" BEFORE UPDATE ON "case_document"
  FOR EACH ROW EXECUTE FUNCTION "case_document_register_fixed"();
