import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "@/lib/domain/file-type";
import { getDb, type Db } from "@/lib/server/db/client";
import { createSentRequest } from "@/lib/server/db/factories";
import {
  addAttachment,
  listAttachments,
  readAttachment,
  removeAttachment,
} from "@/lib/server/files/attachments";
import { fileStore } from "@/lib/server/files/store";
import { requestSeed, unique } from "../factories";
import { exe, pdf, png } from "../support/zip";

async function newRequest(db: Db): Promise<string> {
  return (await createSentRequest(db, requestSeed())).request.id;
}

const upload = (db: Db, requestId: string, bytes: Uint8Array, name: string) =>
  addAttachment(db, { requestId, file: new File([bytes.slice()], name), uploadedBy: "APPLICANT" });

const storedWithHash = (db: Db, bytes: Uint8Array) =>
  db.storedFile.count({ where: { sha256: createHash("sha256").update(bytes).digest("hex") } });

describe("attachments", () => {
  it("stores a PDF and reads it back byte for byte, named by its content", async () => {
    const db = await getDb();
    const requestId = await newRequest(db);
    const bytes = pdf(unique());
    const result = await upload(db, requestId, bytes, "rapport.exe");
    expect(result).toMatchObject({
      ok: true,
      attachment: { filename: "rapport.pdf", contentType: "application/pdf", size: bytes.length },
    });
    if (!result.ok) return;
    const read = await readAttachment(db, result.attachment.id);
    expect(read).toMatchObject({ filename: "rapport.pdf", contentType: "application/pdf", requestId });
    expect(Buffer.from(read!.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(await storedWithHash(db, bytes)).toBe(1); // sha256 recorded
    expect(await listAttachments(db, requestId)).toMatchObject([
      { id: result.attachment.id, filename: "rapport.pdf", messageId: null, uploadedBy: "APPLICANT" },
    ]);
  });

  it("stores a PNG named x.pdf as image/png ending .png", async () => {
    const db = await getDb();
    const requestId = await newRequest(db);
    const result = await upload(db, requestId, png(), "x.pdf");
    expect(result).toMatchObject({ ok: true, attachment: { filename: "x.png", contentType: "image/png" } });
  });

  it("refuses an executable renamed .pdf and stores nothing", async () => {
    const db = await getDb();
    const requestId = await newRequest(db);
    const bytes = exe(unique());
    expect(await upload(db, requestId, bytes, "faktura.pdf")).toEqual({ ok: false, code: "badType" });
    expect(await listAttachments(db, requestId)).toEqual([]);
    expect(await storedWithHash(db, bytes)).toBe(0);
  });

  it("refuses empty files and files over 10 MB", async () => {
    const db = await getDb();
    const requestId = await newRequest(db);
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(pdf());
    expect(await upload(db, requestId, big, "stor.pdf")).toEqual({ ok: false, code: "tooLarge" });
    expect(await upload(db, requestId, new Uint8Array(), "tom.pdf")).toEqual({ ok: false, code: "empty" });
    expect(await listAttachments(db, requestId)).toEqual([]);
  });

  it("refuses a sixth file", async () => {
    const db = await getDb();
    const requestId = await newRequest(db);
    for (let i = 0; i < 5; i++) {
      expect((await upload(db, requestId, pdf(unique()), `bilaga ${i}.pdf`)).ok).toBe(true);
    }
    expect(await upload(db, requestId, pdf(unique()), "sjätte.pdf")).toEqual({ ok: false, code: "tooMany" });
    expect(await listAttachments(db, requestId)).toHaveLength(5);
  });

  it("keeps the limit under concurrent uploads", async () => {
    const db = await getDb();
    const requestId = await newRequest(db);
    const files = Array.from({ length: 8 }, () => pdf(unique()));
    const results = await Promise.all(files.map((bytes, i) => upload(db, requestId, bytes, `${i}.pdf`)));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok)).toEqual(Array(3).fill({ ok: false, code: "tooMany" }));
    expect(await listAttachments(db, requestId)).toHaveLength(5);
    const stored = await Promise.all(files.map((bytes) => storedWithHash(db, bytes)));
    expect(stored.reduce((a, b) => a + b, 0)).toBe(5); // refused uploads left no bytes behind
  });

  it("removes an attachment and its bytes only through its own request", async () => {
    const db = await getDb();
    const [owner, other] = [await newRequest(db), await newRequest(db)];
    const result = await upload(db, owner, pdf(unique()), "a.pdf");
    if (!result.ok) throw new Error("upload failed");
    const { id } = result.attachment;
    const { storageKey } = await db.attachment.findUniqueOrThrow({ where: { id } });

    expect(await removeAttachment(db, { requestId: other, attachmentId: id })).toBe(false);
    expect(await readAttachment(db, id)).not.toBeNull();
    expect(await removeAttachment(db, { requestId: owner, attachmentId: "not-a-uuid" })).toBe(false);

    expect(await removeAttachment(db, { requestId: owner, attachmentId: id })).toBe(true);
    expect(await readAttachment(db, id)).toBeNull();
    expect(await fileStore().get(db, storageKey)).toBeNull();
    expect(await listAttachments(db, owner)).toEqual([]);
  });
});
