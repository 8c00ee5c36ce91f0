import "server-only";

// request.formData() buffers whatever arrives, and a chunked post has no Content-Length to check
// first. So the body is read here as a stream, counting bytes, and reading stops at the limit.

export class BodyTooLarge extends Error {
  name = "BodyTooLarge";
}

/** The form in `request`, or BodyTooLarge once more than `maxBytes` have arrived (declared or not). */
export async function readForm(request: Request, maxBytes: number): Promise<FormData> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw new BodyTooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop reading: the rest is never buffered, and the answer goes out at once.
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const contentType = request.headers.get("content-type") ?? "";
  return new Response(Buffer.concat(chunks), { headers: { "content-type": contentType } }).formData();
}
