import { inflateRawSync } from "node:zlib";

/** Reads every entry of a ZIP archive (stored or deflated) through its central directory. */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const b = Buffer.from(bytes);
  let end = b.length - 22;
  while (end >= 0 && b.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip archive");
  const count = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (b.readUInt32LE(at) !== 0x02014b50) throw new Error("bad central directory entry");
    const method = b.readUInt16LE(at + 10);
    const packedSize = b.readUInt32LE(at + 20);
    const nameLength = b.readUInt16LE(at + 28);
    const extra = b.readUInt16LE(at + 30);
    const comment = b.readUInt16LE(at + 32);
    const offset = b.readUInt32LE(at + 42);
    const name = b.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const dataAt = offset + 30 + b.readUInt16LE(offset + 26) + b.readUInt16LE(offset + 28);
    const packed = b.subarray(dataAt, dataAt + packedSize);
    files.set(name, new Uint8Array(method === 8 ? inflateRawSync(packed) : packed));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}
