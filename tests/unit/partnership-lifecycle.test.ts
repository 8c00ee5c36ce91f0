import { ROLES } from "@/lib/domain/admin-schemas";
import { describe, expect, it } from "vitest";
import type { FrozenParty } from "@/lib/domain/agreement-signing";
import { PARTNERSHIP_STATUSES, type PartnershipStatusName } from "@/lib/domain/partnership";
import {
  checkTransition,
  PARTNERSHIP_TRANSITIONS,
  publishingTransition,
  statusTransition,
  termOver,
  TRANSITIONS,
  type LifecycleActor,
  type LifecycleFacts,
  type PartnershipTransition,
  type Publication,
} from "@/lib/domain/partnership-lifecycle";

// Every move of the partnership lifecycle from every status, by every staff role and by the
// scheduled job, against an expectation written out here rather than derived from the table.

type Expected = {
  who: "LOTS" | "SYSTEM";
  from: PartnershipStatusName[];
  to: PartnershipStatusName | "same";
  publication: Publication;
  audit: string;
};

const EXPECTED: Record<PartnershipTransition, Expected> = {
  activate: {
    who: "LOTS",
    from: ["DRAFT", "ENDED"],
    to: "ACTIVE",
    publication: "keep",
    audit: "section_status",
  },
  end: { who: "LOTS", from: ["DRAFT", "ACTIVE"], to: "ENDED", publication: "keep", audit: "section_status" },
  returnToDraft: {
    who: "LOTS",
    from: ["ACTIVE", "ENDED"],
    to: "DRAFT",
    publication: "clear",
    audit: "section_status",
  },
  endAtTerm: { who: "SYSTEM", from: ["ACTIVE"], to: "ENDED", publication: "keep", audit: "ended_at_term" },
  publish: {
    who: "LOTS",
    from: ["ACTIVE", "ENDED"],
    to: "same",
    publication: "set",
    audit: "section_publishing",
  },
  unpublish: {
    who: "LOTS",
    from: ["DRAFT", "ACTIVE", "ENDED"],
    to: "same",
    publication: "clear",
    audit: "section_publishing",
  },
};

/** Facts under which no precondition fails. */
const FINE: LifecycleFacts = { fromRequest: false, latest: null, termOver: true };
const SYSTEM: LifecycleActor = { kind: "system" };
const staff = (...roles: (typeof ROLES)[number][]): LifecycleActor => ({ kind: "staff", roles });

const civil: FrozenParty = { id: "p1", side: "CIVIL_SOCIETY", name: "Föreningen" };
const municipality: FrozenParty = { id: "p2", side: "PUBLIC", name: "Kommunen" };
const signed = (partyId: string) => ({ partyId, signedAt: new Date("2026-05-01"), cancelledAt: null });

describe("the partnership lifecycle table", () => {
  it("has exactly the moves expected", () => {
    expect([...PARTNERSHIP_TRANSITIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const t of PARTNERSHIP_TRANSITIONS) {
      const rule = TRANSITIONS[t];
      expect({ to: rule.to, publication: rule.publication, audit: rule.audit }, t).toEqual({
        to: EXPECTED[t].to,
        publication: EXPECTED[t].publication,
        audit: EXPECTED[t].audit,
      });
    }
  });

  for (const t of PARTNERSHIP_TRANSITIONS) {
    const e = EXPECTED[t];
    for (const status of PARTNERSHIP_STATUSES) {
      const allowedFrom = e.from.includes(status);
      const next = { status: e.to === "same" ? status : e.to, publication: e.publication };

      it(`${t} from ${status}: ${allowedFrom ? "allowed" : "refused"} for ${e.who}`, () => {
        const actor = e.who === "SYSTEM" ? SYSTEM : staff("LOTS");
        expect(checkTransition(t, actor, status, FINE)).toEqual(
          allowedFrom ? { ok: true, next } : { ok: false, code: "wrongStatus" },
        );
      });

      it(`${t} from ${status}: refused to everyone else`, () => {
        const others: LifecycleActor[] =
          e.who === "SYSTEM"
            ? ROLES.map((r) => staff(r))
            : [SYSTEM, ...ROLES.filter((r) => r !== "LOTS").map((r) => staff(r))];
        for (const actor of others)
          expect(checkTransition(t, actor, status, FINE), JSON.stringify(actor)).toEqual({
            ok: false,
            code: "notAllowed",
          });
      });
    }
  }

  it("lets a role that holds the permission act beside others it holds", () => {
    expect(checkTransition("publish", staff("ADMIN", "LOTS"), "ACTIVE", FINE).ok).toBe(true);
  });

  it("checks who before the status, and the status before the preconditions", () => {
    expect(checkTransition("publish", staff("DIRECTOR"), "DRAFT", FINE)).toMatchObject({
      code: "notAllowed",
    });
    const unsigned: LifecycleFacts = { ...FINE, fromRequest: true };
    expect(checkTransition("activate", staff("LOTS"), "ACTIVE", unsigned)).toMatchObject({
      code: "wrongStatus",
    });
  });
});

describe("preconditions", () => {
  const activate = (facts: Partial<LifecycleFacts>, from: PartnershipStatusName = "DRAFT") =>
    checkTransition("activate", staff("LOTS"), from, { ...FINE, ...facts });

  it("activates a partnership entered directly without any signing", () => {
    expect(activate({ fromRequest: false, latest: null }).ok).toBe(true);
  });

  it("refuses to activate a partnership made from a request before its agreement is frozen", () => {
    expect(activate({ fromRequest: true, latest: null })).toEqual({
      ok: false,
      code: "precondition",
      detail: "notFrozen",
    });
  });

  it("refuses to activate it until every party has signed, also when reactivating an ended one", () => {
    const half = { parties: [civil, municipality], signatures: [signed("p1")] };
    for (const from of ["DRAFT", "ENDED"] as const)
      expect(activate({ fromRequest: true, latest: half }, from)).toEqual({
        ok: false,
        code: "precondition",
        detail: "notSigned",
      });
    const cancelled = { parties: [civil], signatures: [{ ...signed("p1"), cancelledAt: new Date() }] };
    expect(activate({ fromRequest: true, latest: cancelled })).toMatchObject({ detail: "notSigned" });
  });

  it("activates it once every party has signed", () => {
    const all = { parties: [civil, municipality], signatures: [signed("p1"), signed("p2")] };
    expect(activate({ fromRequest: true, latest: all })).toEqual({
      ok: true,
      next: { status: "ACTIVE", publication: "keep" },
    });
  });

  it("ends a partnership at its term only when the term is over", () => {
    expect(checkTransition("endAtTerm", SYSTEM, "ACTIVE", { ...FINE, termOver: false })).toEqual({
      ok: false,
      code: "precondition",
      detail: "termNotOver",
    });
  });

  it("lets staff end, return to draft, publish and unpublish whatever the facts", () => {
    const worst: LifecycleFacts = { fromRequest: true, latest: null, termOver: false };
    for (const t of ["end", "returnToDraft", "publish", "unpublish"] as const)
      expect(checkTransition(t, staff("LOTS"), "ACTIVE", worst).ok, t).toBe(true);
  });
});

describe("which move a form asks for", () => {
  it("maps every change of status to the one staff move leading there, and no change to none", () => {
    const expected: Record<PartnershipStatusName, PartnershipTransition> = {
      DRAFT: "returnToDraft",
      ACTIVE: "activate",
      ENDED: "end",
    };
    for (const from of PARTNERSHIP_STATUSES)
      for (const to of PARTNERSHIP_STATUSES)
        expect(statusTransition(from, to), `${from} → ${to}`).toBe(from === to ? null : expected[to]);
  });

  it("allows every change of status a staff member can choose", () => {
    for (const from of PARTNERSHIP_STATUSES)
      for (const to of PARTNERSHIP_STATUSES) {
        const t = statusTransition(from, to);
        if (t)
          expect(checkTransition(t, staff("LOTS"), from, FINE), `${from} → ${to}`).toMatchObject({
            ok: true,
          });
      }
  });

  it("maps the publishing form's choice", () => {
    expect(publishingTransition(true)).toBe("publish");
    expect(publishingTransition(false)).toBe("unpublish");
    expect(publishingTransition(null)).toBeNull();
  });
});

describe("the end of a term", () => {
  const d = (v: string) => new Date(`${v}T00:00:00Z`);

  it("is the day after the end date", () => {
    expect(termOver({ endDate: d("2026-06-30"), endYear: null }, "2026-06-30")).toBe(false);
    expect(termOver({ endDate: d("2026-06-30"), endYear: null }, "2026-07-01")).toBe(true);
  });

  it("is the year after the end year when only a year is known, and never without either", () => {
    expect(termOver({ endDate: null, endYear: 2025 }, "2025-12-31")).toBe(false);
    expect(termOver({ endDate: null, endYear: 2025 }, "2026-01-01")).toBe(true);
    expect(termOver({ endDate: null, endYear: null }, "2099-01-01")).toBe(false);
  });

  it("follows the end date over an end year", () => {
    expect(termOver({ endDate: d("2030-01-31"), endYear: 2020 }, "2026-01-01")).toBe(false);
  });
});
