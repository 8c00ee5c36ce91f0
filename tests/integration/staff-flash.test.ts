import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { runMaintenance } from "@/lib/server/jobs/maintenance";
import { readFlashValues, stashFlashValues } from "@/lib/server/staff/flash-store";

// A failed staff form whose input is too long for the flash cookie: the input waits in the database
// instead of being dropped (an emptied form saved again would blank the record).
describe("stashed flash values", () => {
  it("keeps long typed values for the page to show, and removes old ones", async () => {
    const db = await getDb();
    const values = { title: [""], purpose: ["Syfte ".repeat(1500)], themes: ["INTEGRATION"] };
    const token = await stashFlashValues(values);
    expect(await readFlashValues(token)).toEqual(values);
    expect(await readFlashValues("not-a-token")).toBeNull();
    expect(await readFlashValues("00000000-0000-4000-8000-000000000000")).toBeNull();

    // A later stash clears the ones older than ten minutes.
    const old = await stashFlashValues({ notes: ["gammal"] });
    await db.$executeRaw`UPDATE setting SET updated_at = now() - interval '11 minutes' WHERE key = ${`staff-flash:${old}`}`;
    expect(await readFlashValues(old)).toBeNull();
    await stashFlashValues({ notes: ["ny"] }, new Date());
    expect(await db.setting.count({ where: { key: `staff-flash:${old}` } })).toBe(0);
    expect(await readFlashValues(token)).toEqual(values);

    // The maintenance job clears them too, when no new stash comes.
    await runMaintenance(new Date(Date.now() + 11 * 60 * 1000));
    expect(await db.setting.count({ where: { key: `staff-flash:${token}` } })).toBe(0);
  });
});
