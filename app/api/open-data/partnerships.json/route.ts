import { openDataResponse } from "@/lib/server/register/open-data";

// The public IOP register as JSON: the same rows and fields as the CSV. Public on purpose.
export async function GET(request: Request) {
  return openDataResponse(request, "json", {
    "Content-Type": "application/json",
    "Content-Disposition": 'attachment; filename="iop-register.json"',
  });
}
