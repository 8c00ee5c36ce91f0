import { describe, expect, it } from "vitest";
import { fail, invalid, ok, type Failure, type FailureCode, type Result } from "@/lib/domain/result";
import { errorsAnswer, failureAnswer } from "@/lib/server/http/answer";

describe("Result", () => {
  it("builds successes with their values and failures with their code", () => {
    expect(ok()).toEqual({ ok: true });
    expect(ok({ completed: true })).toEqual({ ok: true, completed: true });
    expect(fail("gone")).toEqual({ ok: false, code: "gone" });
    expect(fail("refused", { reason: "wrongStep", detail: "x" })).toEqual({
      ok: false,
      code: "refused",
      reason: "wrongStep",
      detail: "x",
    });
    expect(invalid({ name: "required" })).toEqual({
      ok: false,
      code: "invalid",
      errors: { name: "required" },
    });
  });

  it("narrows on ok and names its failure codes", () => {
    type R = Result<{ id: string }, "notFound" | "taken">;
    const code: FailureCode<R> = "taken";
    const r = fail(code) as R;
    expect(r.ok ? r.id : r.code).toBe("taken");
  });

  it("lets only the code invalid carry field errors", () => {
    // @ts-expect-error: field errors belong to "invalid"
    const wrong: Failure<"taken"> = { ok: false, code: "taken", errors: { name: "x" } };
    // @ts-expect-error: fail() takes no field errors; invalid() does
    fail("taken", { errors: { name: "x" } });
    const any: Failure = invalid({ name: "required" });
    expect([wrong.code, any.errors]).toEqual(["taken", { name: "required" }]);
  });
});

describe("the answer to a failed form post", () => {
  const form = new FormData();
  form.set("name", "Typed");
  form.set("locale", "en");
  const target = { page: "/staff/x", form: "invite", keep: form };

  it("goes back to the form with the field errors and the typed input (not the locale)", () => {
    expect(failureAnswer(invalid({ name: "required" }), target)).toEqual({
      redirect: "/staff/x?fel=invite#fel",
      flash: { form: "invite", values: { name: ["Typed"] }, errors: { name: "required" } },
    });
  });

  it("keeps nothing typed when told to, and opens the form where the page says", () => {
    expect(
      errorsAnswer({ ...target, keep: null, at: "?form=invite#invite" }, { password: "tooShort" }),
    ).toEqual({
      redirect: "/staff/x?form=invite#invite",
      flash: { form: "invite", values: {}, errors: { password: "tooShort" } },
    });
  });

  it("shows any other code as the named field's error", () => {
    expect(failureAnswer(fail("notFound"), { ...target, field: "email" })).toMatchObject({
      flash: { errors: { email: "notFound" } },
    });
  });

  it("answers not found and forbidden with their pages, and names any other code on the page", () => {
    expect(failureAnswer(fail("notFound"), target)).toEqual({ page: "notFound" });
    expect(failureAnswer(fail("forbidden"), target)).toEqual({ page: "forbidden" });
    expect(failureAnswer(fail("conflict"), target)).toEqual({ redirect: "/staff/x?fel=conflict#fel" });
  });
});
