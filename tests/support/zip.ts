import { crc32, deflateSync } from "node:zlib";
import { zipFiles } from "@/lib/server/records/zip";

// Real file bytes for tests: a minimal ZIP writer (stored entries only, which is all the type
// detection needs) and the smallest real office containers and images built with it.

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
  /** Compression method written in the headers; the data is always stored as given. */
  method?: number;
}

const bytesOf = (data: Uint8Array | string) =>
  typeof data === "string" ? new TextEncoder().encode(data) : data;

/** A ZIP archive of stored entries, dated now (lib/server/records/zip.ts writes it). */
export const zip = (entries: ZipEntry[]): Uint8Array =>
  zipFiles(entries.map((e) => ({ name: e.name, data: bytesOf(e.data), method: e.method ?? 0 })));

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`;

export const docx = () =>
  zip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: "<Relationships/>" },
    { name: "word/document.xml", data: "<w:document/>" },
  ]);

export const xlsx = () =>
  zip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: "<Relationships/>" },
    { name: "xl/workbook.xml", data: "<workbook/>" },
  ]);

export const openDocument = (
  mimetype: string,
  options: { mimetypeFirst?: boolean; method?: number } = {},
) => {
  const mime = { name: "mimetype", data: mimetype, method: options.method };
  const rest = [
    { name: "META-INF/manifest.xml", data: "<manifest:manifest/>" },
    { name: "content.xml", data: "<office:document-content/>" },
  ];
  return zip(options.mimetypeFirst === false ? [...rest, mime] : [mime, ...rest]);
};
export const odt = () => openDocument("application/vnd.oasis.opendocument.text");
export const ods = () => openDocument("application/vnd.oasis.opendocument.spreadsheet");

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A real 1×1 grey PNG. */
export function png(): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header[8] = 8; // bit depth; colour type 0 (grey), no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const pixels = deflateSync(Buffer.from([0, 0x80])); // filter byte, one pixel
  return new Uint8Array(
    Buffer.concat([
      signature,
      pngChunk("IHDR", header),
      pngChunk("IDAT", pixels),
      pngChunk("IEND", new Uint8Array()),
    ]),
  );
}

/** The start of a JPEG (SOI, then an APP0/JFIF segment) and its end marker. */
export const jpeg = () =>
  new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    ...Buffer.from("JFIF\0"),
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
    0xff,
    0xd9,
  ]);

/** A minimal PDF; `marker` makes its bytes (and so its sha256) unique. */
export const pdf = (marker = "") =>
  new TextEncoder().encode(
    `%PDF-1.4\n%${marker}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n` +
      `2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );

/** A Windows executable's first bytes ("MZ" header), such as a renamed .exe. */
export const exe = (marker = "") =>
  new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, ...new TextEncoder().encode(marker)]);
