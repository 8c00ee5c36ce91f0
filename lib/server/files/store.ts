import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "../db/client";

type Client = Prisma.TransactionClient | Db;

/**
 * Where file contents live. Metadata (the attachment row) always lives in PostgreSQL and refers to
 * the contents by key, so the store can change without touching the rest of the code.
 */
export interface FileStore {
  /** Stores the bytes and returns their key. Pass the transaction that writes the referring row. */
  put(tx: Client, bytes: Uint8Array): Promise<string>;
  /** The bytes, or null when the key is unknown. */
  get(db: Client, key: string): Promise<Uint8Array | null>;
  remove(tx: Client, key: string): Promise<void>;
}

// Keys of the PostgreSQL store are stored_file ids; checking the form first keeps a malformed key
// (e.g. from a URL) from becoming a database error.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Contents in the stored_file table: transactional with the attachment row, and backed up with it. */
export const postgresFileStore: FileStore = {
  async put(tx, bytes) {
    const data = bytes.slice(); // a copy on its own ArrayBuffer, as Prisma's Bytes type wants
    const sha256 = createHash("sha256").update(data).digest("hex");
    const row = await tx.storedFile.create({
      data: { data, size: data.length, sha256 },
      select: { id: true },
    });
    return row.id;
  },
  async get(db, key) {
    if (!UUID.test(key)) return null;
    const row = await db.storedFile.findUnique({ where: { id: key }, select: { data: true } });
    return row ? new Uint8Array(row.data) : null;
  },
  async remove(tx, key) {
    if (!UUID.test(key)) return;
    await tx.storedFile.deleteMany({ where: { id: key } });
  },
};

/**
 * The configured store. Only PostgreSQL for now. An object store (S3 and the like) would implement
 * FileStore too and be chosen here from env. It cannot join the database transaction, so its put
 * would upload under a fresh random key (an upload whose row then rolls back leaves an orphan for a
 * periodic sweep), and remove would delete only after commit.
 */
export function fileStore(): FileStore {
  return postgresFileStore;
}
