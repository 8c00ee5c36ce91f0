-- AlterTable
ALTER TABLE "request" ADD COLUMN     "browser_token_hash" VARCHAR(64),
ADD COLUMN     "idempotency_hash" VARCHAR(64),
ADD COLUMN     "resume_expires_at" TIMESTAMPTZ(3),
ADD COLUMN     "resume_token_hash" VARCHAR(64);

-- CreateTable
CREATE TABLE "stored_file" (
    "id" UUID NOT NULL,
    "data" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachment" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "message_id" UUID,
    "storage_key" VARCHAR(200) NOT NULL,
    "filename" VARCHAR(200) NOT NULL,
    "content_type" VARCHAR(120) NOT NULL,
    "size" INTEGER NOT NULL,
    "uploaded_by" "ActorType" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "from" "ActorType" NOT NULL,
    "author_id" UUID,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" VARCHAR(200) NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateIndex
CREATE INDEX "attachment_request_id_idx" ON "attachment"("request_id");

-- CreateIndex
CREATE INDEX "message_request_id_created_at_idx" ON "message"("request_id", "created_at");

-- CreateIndex
CREATE INDEX "rate_limit_window_start_idx" ON "rate_limit"("window_start");

-- CreateIndex
CREATE UNIQUE INDEX "request_browser_token_hash_key" ON "request"("browser_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "request_resume_token_hash_key" ON "request"("resume_token_hash");

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
