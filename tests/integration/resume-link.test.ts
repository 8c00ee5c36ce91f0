import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { sendResumeLink } from "@/lib/server/intake/resume-link";
import { resumeLinkView, takeResumeDraft } from "@/lib/server/intake/take-resume-draft";
import { hashToken, newToken } from "@/lib/server/intake/tokens";
import { uniqueEmail } from "../factories";

// Finding 6 of the security review: the save-and-return link is single use, opening it changes
// nothing, and a draft the browser already holds is never replaced without asking.

// Migrating the embedded database takes a while: not inside the first test's time.
beforeAll(() => getDb(), 60_000);

async function draftWithLink() {
  const db = await getDb();
  const { id } = await db.request.create({
    data: { kind: "COLLABORATION", status: "DRAFT", answers: { idea: { title: "Cykelverkstad" } } },
  });
  const email = uniqueEmail("resume");
  await sendResumeLink(id, email, "sv");
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { requestId: id, toAddress: email } });
  const token = /\/forfragan\/fortsatt\/([A-Za-z0-9_-]{43})/.exec(mail.textBody)![1]!;
  return { id, token };
}

async function browserDraft(answers: object) {
  const browserToken = newToken();
  const db = await getDb();
  const { id } = await db.request.create({
    data: { kind: "COLLABORATION", status: "DRAFT", answers, browserTokenHash: hashToken(browserToken) },
  });
  return { id, browserToken };
}

const stored = async (id: string) =>
  (await getDb()).request.findUniqueOrThrow({
    where: { id },
    select: { resumeTokenHash: true, browserTokenHash: true, resumeExpiresAt: true },
  });

describe("the save-and-return link", () => {
  it("mails a link to the confirmation page; viewing it changes nothing; the POST works once", async () => {
    const { id, token } = await draftWithLink();
    const before = await stored(id);
    expect(await resumeLinkView(token, undefined)).toMatchObject({ browserDraftSavedAt: null });
    expect(await resumeLinkView(token, undefined)).not.toBeNull();
    expect(await stored(id)).toEqual(before);

    const taken = await takeResumeDraft(token, "link", undefined);
    expect(taken.ok).toBe(true);
    const after = await stored(id);
    expect(after.browserTokenHash).toBe(hashToken((taken as { browserToken: string }).browserToken));
    expect(after.resumeTokenHash).toBeNull();

    expect(await takeResumeDraft(token, "link", undefined)).toEqual({ ok: false, code: "invalid" });
    expect(await resumeLinkView(token, undefined)).toBeNull();
  });

  it("of several posts at once, exactly one takes the draft", async () => {
    const { token } = await draftWithLink();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => takeResumeDraft(token, "link", undefined)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "invalid")).toHaveLength(4);
  });

  it("asks before replacing another draft with answers in this browser, and can keep it", async () => {
    const { id, token } = await draftWithLink();
    const other = await browserDraft({ idea: { title: "Läxhjälp" } });
    const view = await resumeLinkView(token, other.browserToken);
    expect(view?.browserDraftSavedAt).toBeInstanceOf(Date);

    const before = await stored(id);
    expect(await takeResumeDraft(token, null, other.browserToken)).toEqual({ ok: false, code: "choose" });
    expect(await takeResumeDraft(token, "browser", other.browserToken)).toEqual({ ok: false, code: "kept" });
    expect(await stored(id)).toEqual(before); // the link still works, e.g. in another browser

    expect((await takeResumeDraft(token, "link", other.browserToken)).ok).toBe(true);
    // The other draft is left as it was (the housekeeping job deletes unsent drafts after 90 days).
    expect((await stored(other.id)).browserTokenHash).toBe(hashToken(other.browserToken));
  });

  it("takes the draft without asking when this browser's own draft is empty or the same one", async () => {
    const { token } = await draftWithLink();
    const empty = await browserDraft({});
    expect(await resumeLinkView(token, empty.browserToken)).toMatchObject({ browserDraftSavedAt: null });
    expect((await takeResumeDraft(token, null, empty.browserToken)).ok).toBe(true);
  });

  it("refuses an expired or malformed link", async () => {
    const { id, token } = await draftWithLink();
    const db = await getDb();
    await db.request.update({ where: { id }, data: { resumeExpiresAt: new Date(Date.now() - 1000) } });
    expect(await resumeLinkView(token, undefined)).toBeNull();
    expect(await takeResumeDraft(token, "link", undefined)).toEqual({ ok: false, code: "invalid" });
    expect(await takeResumeDraft("not-a-token", "link", undefined)).toEqual({ ok: false, code: "invalid" });
  });
});
