import { openDataRows } from "@/lib/server/register/open-data";

// The public IOP register as JSON: the same rows and fields as the CSV. Public on purpose.
export async function GET(request: Request) {
  const rows = await openDataRows(request);
  return Response.json(rows, {
    headers: {
      "Content-Disposition": 'attachment; filename="iop-register.json"',
      "Cache-Control": "public, max-age=60",
    },
  });
}
