import "server-only";
import { crc32, deflateRawSync } from "node:zlib";

// A ZIP archive writer (deflated entries, UTF-8 names) for archive packages, and for the test files
// of tests/support/zip.ts. Small enough to keep here rather than add a dependency;
// tests/support/unzip.ts reads what it writes.

export interface ZipFile {
  name: string;
  data: Uint8Array;
  /**
   * Written as given, under this method number, instead of deflated: 0 stores the data; tests
   * (tests/support/zip.ts) also write entries whose method does not match their data.
   */
  method?: number;
}

/** DOS date and time of `at` (local fields, as ZIP readers show them). */
function dosTime(at: Date): [number, number] {
  const time = (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2);
  const date = ((Math.max(at.getFullYear(), 1980) - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate();
  return [time, date];
}

export function zipFiles(files: readonly ZipFile[], at = new Date()): Uint8Array {
  const [time, date] = dosTime(at);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, "utf8");
    const packed = file.method === undefined ? deflateRawSync(file.data) : Buffer.from(file.data);
    const header = (signature: number, size: number) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(file.method ?? 8, 8); // deflate unless told
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc32(file.data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = header(0x02014b50, 46);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    local.copy(entry, 8, 6, 30); // flags, method, time, date, crc, sizes, name length
    entry.writeUInt32LE(offset, 42);
    parts.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}
