import { describe, expect, it } from "vitest";
import {
  DEFAULT_SIGN_IN_POLICY,
  decideOidcAccount,
  emailToStore,
  parseSignInPolicyForm,
  rolesFromClaim,
  signInPolicySchema,
  type OidcCandidate,
  type OidcIdentity,
} from "@/lib/domain/oidc-sign-in";

const identity = (over: Partial<OidcIdentity> = {}): OidcIdentity => ({
  issuer: "https://idp.test",
  subject: "s1",
  email: "anna@kommun.test",
  emailVerified: true,
  ...over,
});
const account = (over: Partial<OidcCandidate> = {}): OidcCandidate => ({
  id: "u1",
  email: "anna@kommun.test",
  disabled: false,
  oidcSubject: null,
  ...over,
});

describe("decideOidcAccount", () => {
  it("uses the binding whatever the email says", () => {
    const bound = account({ oidcSubject: "s1" });
    expect(decideOidcAccount(identity({ email: "new@x.test" }), bound, null)).toEqual({
      outcome: "signed-in",
      userId: "u1",
      bind: false,
    });
    expect(decideOidcAccount(identity({ emailVerified: false }), bound, null).outcome).toBe("signed-in");
    expect(decideOidcAccount(identity(), { ...bound, disabled: true }, null)).toMatchObject({
      reason: "disabled",
    });
  });

  it("binds by email only when verified, to an unbound and enabled account", () => {
    expect(decideOidcAccount(identity(), null, account())).toEqual({
      outcome: "signed-in",
      userId: "u1",
      bind: true,
    });
    expect(decideOidcAccount(identity({ emailVerified: false }), null, account())).toMatchObject({
      reason: "unverified-email",
    });
    expect(decideOidcAccount(identity({ email: null }), null, account())).toMatchObject({
      reason: "unknown-account",
    });
    expect(decideOidcAccount(identity(), null, null)).toMatchObject({ reason: "unknown-account" });
    expect(decideOidcAccount(identity(), null, account({ oidcSubject: "s2" }))).toMatchObject({
      reason: "bound-elsewhere",
    });
    expect(decideOidcAccount(identity(), null, account({ disabled: true }))).toMatchObject({
      reason: "disabled",
    });
  });

  it("stores a changed email only when verified", () => {
    expect(emailToStore(identity({ email: "new@x.test" }), "anna@kommun.test")).toBe("new@x.test");
    expect(
      emailToStore(identity({ email: "new@x.test", emailVerified: false }), "anna@kommun.test"),
    ).toBeNull();
    expect(emailToStore(identity(), "anna@kommun.test")).toBeNull();
  });
});

describe("rolesFromClaim", () => {
  const map = { ...DEFAULT_SIGN_IN_POLICY.roleClaimMap, LOTS: ["g-lots"], ADMIN: ["g-admin"] };

  it("grants and removes mapped roles only", () => {
    expect(rolesFromClaim(["EXPERT", "LOTS"], ["g-admin"], map)).toEqual(["EXPERT", "ADMIN"]);
    expect(rolesFromClaim(["DIRECTOR"], "g-lots", map)).toEqual(["LOTS", "DIRECTOR"]);
    expect(rolesFromClaim(["LOTS", "ADMIN"], [], map)).toEqual([]);
  });

  it("grants the records roles from the claim too; an expert is still set by hand", () => {
    const records = { ...map, PRIVACY_OFFICER: ["g-dpo"], REGISTRAR: ["g-reg"] };
    expect(rolesFromClaim(["EXPERT"], ["g-reg", "g-dpo"], records)).toEqual([
      "EXPERT",
      "PRIVACY_OFFICER",
      "REGISTRAR",
    ]);
    expect(rolesFromClaim(["LOTS", "REGISTRAR"], ["g-lots"], records)).toEqual(["LOTS"]);
  });

  it("leaves the roles when nothing changes, nothing is mapped or the claim is missing", () => {
    expect(rolesFromClaim(["LOTS"], ["g-lots"], map)).toBeNull();
    expect(rolesFromClaim(["LOTS"], ["g-admin"], DEFAULT_SIGN_IN_POLICY.roleClaimMap)).toBeNull();
    expect(rolesFromClaim(["LOTS"], undefined, map)).toBeNull();
    expect(rolesFromClaim(["LOTS"], 42, map)).toBeNull();
  });
});

describe("signInPolicySchema", () => {
  it("reads a policy saved before the records roles could be mapped, keeping its values", () => {
    const saved = {
      passwordSignIn: false,
      roleClaimMap: { LOTS: ["g-lots"], DIRECTOR: [], COMMITTEE: [], ADMIN: ["g-admin"] },
    };
    expect(signInPolicySchema.parse(saved)).toEqual({
      passwordSignIn: false,
      roleClaimMap: { ...DEFAULT_SIGN_IN_POLICY.roleClaimMap, LOTS: ["g-lots"], ADMIN: ["g-admin"] },
    });
  });
});

describe("parseSignInPolicyForm", () => {
  const roles = { LOTS: "", DIRECTOR: "", COMMITTEE: "", ADMIN: "", PRIVACY_OFFICER: "", REGISTRAR: "" };

  it("splits lines and commas, drops blanks and repeats", () => {
    const parsed = parseSignInPolicyForm({
      passwordSignIn: false,
      roles: { ...roles, LOTS: " a\nb, a\n\n" },
    });
    expect(parsed).toEqual({
      ok: true,
      policy: {
        passwordSignIn: false,
        roleClaimMap: { ...DEFAULT_SIGN_IN_POLICY.roleClaimMap, LOTS: ["a", "b"] },
      },
    });
  });

  it("refuses values too long and too many", () => {
    const many = Array.from({ length: 21 }, (_, i) => `g${i}`).join("\n");
    expect(
      parseSignInPolicyForm({
        passwordSignIn: true,
        roles: { ...roles, ADMIN: "x".repeat(201), LOTS: many },
      }),
    ).toEqual({
      ok: false,
      errors: { ADMIN: "valueTooLong", LOTS: "tooManyValues" },
    });
  });
});
