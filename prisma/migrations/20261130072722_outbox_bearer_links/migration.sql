-- AlterTable
ALTER TABLE "outbox_email" ADD COLUMN     "bearer_links" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Mail sent before this migration still holds its status, resume and set-password links in the body.
-- Redact them as lib/server/mail/deliver.ts now does after each send (a failed or pending mail keeps
-- its link: it still has to reach the recipient).
UPDATE "outbox_email"
   SET "text_body" = regexp_replace("text_body",
         'https?://[^[:space:]]*/(status/|api/intake/resume/|staff/set-password\?token=)[A-Za-z0-9._%-]+[^[:space:]]*',
         '[länk borttagen efter sändning]', 'g'),
       "html_body" = regexp_replace("html_body",
         'https?://[^[:space:]"<>]*/(status/|api/intake/resume/|staff/set-password\?token=)[A-Za-z0-9._%-]+[^[:space:]"<>]*',
         '[länk borttagen efter sändning]', 'g')
 WHERE "status" = 'SENT';
