// Which uploaded files we accept, decided by their content (magic bytes), never by the name or the
// type the browser declares: both are chosen by the sender. Pure: no I/O.

export const ALLOWED_FILE_KINDS = ["pdf", "docx", "xlsx", "odt", "ods", "jpg", "png"] as const;
export type FileKind = (typeof ALLOWED_FILE_KINDS)[number];
export interface DetectedFileType {
  kind: FileKind;
  mime: string;
  extension: string;
}

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_REQUEST = 5;

export const FILE_TYPES: Readonly<Record<FileKind, DetectedFileType>> = {
  pdf: { kind: "pdf", mime: "application/pdf", extension: "pdf" },
  docx: {
    kind: "docx",
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
  xlsx: {
    kind: "xlsx",
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
  },
  odt: { kind: "odt", mime: "application/vnd.oasis.opendocument.text", extension: "odt" },
  ods: { kind: "ods", mime: "application/vnd.oasis.opendocument.spreadsheet", extension: "ods" },
  jpg: { kind: "jpg", mime: "image/jpeg", extension: "jpg" },
  png: { kind: "png", mime: "image/png", extension: "png" },
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

// Little-endian readers that return -1 past the end, so malformed input never throws.
const u16 = (b: Uint8Array, at: number) => (at >= 0 && at + 2 <= b.length ? b[at]! | (b[at + 1]! << 8) : -1);
const u32 = (b: Uint8Array, at: number) =>
  at >= 0 && at + 4 <= b.length
    ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 2 ** 24
    : -1;
const text = (b: Uint8Array, at: number, length: number) =>
  at + length <= b.length ? String.fromCharCode(...b.subarray(at, at + length)) : null;

/** File names in the central directory, or null when the ZIP's end record or directory is broken. */
function centralDirectoryNames(bytes: Uint8Array): string[] | null {
  // The end record is the last 22 bytes plus a comment of up to 65535 bytes: search backwards.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let end = bytes.length - 22; end >= lowest; end--) {
    if (u32(bytes, end) !== ZIP_END || end + 22 + u16(bytes, end + 20) > bytes.length) continue;
    const count = u16(bytes, end + 10);
    const size = u32(bytes, end + 12);
    const offset = u32(bytes, end + 16);
    // ZIP64 markers (0xffff / 0xffffffff) cannot occur in a 10 MB office file; refuse them.
    if (count === 0xffff || offset === 0xffffffff || offset + size > end) return null;
    const names: string[] = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (u32(bytes, at) !== ZIP_CENTRAL) return null;
      const nameLength = u16(bytes, at + 28);
      const name = text(bytes, at + 46, nameLength);
      if (name === null) return null;
      names.push(name);
      at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
      if (at > offset + size) return null;
    }
    return names;
  }
  return null;
}

// OpenDocument: the first entry must be an uncompressed "mimetype" file (ODF 1.2, part 3, 3.3).
function openDocumentKind(bytes: Uint8Array, names: string[]): "odt" | "ods" | null {
  if (names[0] !== "mimetype" || u16(bytes, 8) !== 0) return null; // 0: stored, not deflated
  const nameLength = u16(bytes, 26);
  if (text(bytes, 30, nameLength) !== "mimetype") return null;
  const size = u32(bytes, 18);
  if (size !== u32(bytes, 22)) return null;
  for (const kind of ["odt", "ods"] as const) {
    const mime = FILE_TYPES[kind].mime;
    if (size === mime.length && text(bytes, 30 + nameLength + u16(bytes, 28), size) === mime) return kind;
  }
  return null;
}

function officeOpenXmlKind(names: string[]): "docx" | "xlsx" | null {
  if (!names.includes("[Content_Types].xml")) return null;
  const word = names.some((n) => n.startsWith("word/"));
  const excel = names.some((n) => n.startsWith("xl/"));
  if (word === excel) return null; // neither (e.g. pptx), or an ambiguous mix
  return word ? "docx" : "xlsx";
}

function zipKind(bytes: Uint8Array): FileKind | null {
  if (u32(bytes, 0) !== ZIP_LOCAL) return null;
  // Every ZIP kind needs an intact central directory: a truncated upload is refused here.
  const names = centralDirectoryNames(bytes);
  if (!names) return null;
  return openDocumentKind(bytes, names) ?? officeOpenXmlKind(names);
}

/** The file's type, judged from its bytes alone, or null when it is not one we accept. */
export function detectFileType(bytes: Uint8Array): DetectedFileType | null {
  try {
    let kind: FileKind | null = null;
    if (startsWith(bytes, ascii("%PDF-"))) kind = "pdf";
    else if (startsWith(bytes, PNG_SIGNATURE)) kind = "png";
    else if (startsWith(bytes, [0xff, 0xd8, 0xff])) kind = "jpg";
    else kind = zipKind(bytes);
    return kind ? FILE_TYPES[kind] : null;
  } catch {
    return null; // belt and braces: the readers above are bounds-checked
  }
}

const MAX_NAME_LENGTH = 150;

/**
 * A file name that is safe to store and to offer for download: no folders, no control or format
 * characters (which can disguise an extension), only letters, digits, space, dot, dash, underscore.
 */
export function safeFilename(name: string): string {
  const base = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .replace(/[^\p{L}\p{N} ._-]/gu, "")
    .replace(/\s+/g, " ")
    .replace(/^[ .]+|[ .]+$/g, ""); // leading dots hide files; trailing dots and spaces vanish on Windows
  const cut = Array.from(cleaned)
    .slice(0, MAX_NAME_LENGTH)
    .join("")
    .replace(/[ .]+$/, "");
  return cut || "fil";
}

/** The safe name ending in the detected extension; a wrong extension ("x.exe") is replaced. */
export function filenameWithExtension(name: string, extension: string): string {
  const safe = safeFilename(name);
  // Replace a trailing extension only when it looks like one, so "Protokoll 2024.03.01" keeps its date.
  const stem = safe.replace(/\.(?=[\p{N}]*\p{L})[\p{L}\p{N}]{1,5}$/u, "");
  const base = Array.from(stem || "fil")
    .slice(0, MAX_NAME_LENGTH - extension.length - 1)
    .join("");
  return `${base}.${extension}`;
}
