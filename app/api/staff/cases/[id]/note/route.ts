import { addNote } from "@/lib/server/staff/case-notes";
import { caseTextRoute } from "@/lib/server/staff/case-text-route";

export const POST = caseTextRoute("writeNotes", "note", "notes", addNote);
