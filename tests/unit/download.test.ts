import { describe, expect, it } from "vitest";
import { fileResponse, pdfFile } from "@/lib/server/http/download";

// Every file the portal serves leaves through fileResponse (lib/server/http/download.ts).

describe("fileResponse", () => {
  it("is always a download, never cached or sniffed, with its exact length", async () => {
    const res = fileResponse(pdfFile("avtal-v1.pdf", new Uint8Array([37, 80, 68, 70])));
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="avtal-v1.pdf"; filename*=UTF-8''avtal-v1.pdf`,
    );
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-length")).toBe("4");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70]));
  });

  it("keeps a Swedish name exact in filename* and gives old clients a plain one without quotes", () => {
    const res = fileResponse({
      filename: 'Årsrapport "slutlig".pdf',
      contentType: "application/pdf",
      bytes: new Uint8Array(),
    });
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="_rsrapport _slutlig_.pdf"; filename*=UTF-8''%C3%85rsrapport%20%22slutlig%22.pdf`,
    );
  });
});
