-- AlterTable
ALTER TABLE "staff_user" ADD COLUMN     "oidc_issuer" VARCHAR(500),
ADD COLUMN     "oidc_subject" VARCHAR(255);

-- CreateIndex
CREATE UNIQUE INDEX "staff_user_oidc_issuer_oidc_subject_key" ON "staff_user"("oidc_issuer", "oidc_subject");

-- A binding is the pair or nothing: an issuer without a subject (or the reverse) would match nobody.
ALTER TABLE "staff_user" ADD CONSTRAINT "staff_user_oidc_binding_pair"
  CHECK (("oidc_issuer" IS NULL) = ("oidc_subject" IS NULL));
