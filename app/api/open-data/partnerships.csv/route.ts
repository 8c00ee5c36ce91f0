import { openDataResponse } from "@/lib/server/register/open-data";

// The public IOP register as CSV (RFC 4180, UTF-8 with BOM). Public on purpose: only published parts.
export async function GET(request: Request) {
  return openDataResponse(request, "csv", {
    "Content-Type": "text/csv; charset=utf-8; header=present",
    "Content-Disposition": 'attachment; filename="iop-register.csv"',
  });
}
