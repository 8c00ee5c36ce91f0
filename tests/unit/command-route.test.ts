import { describe, expect, it } from "vitest";
import { formData } from "@/tests/support/form-data";
import { z } from "zod";
import { enabledSchema, rolesSchema } from "@/lib/domain/admin-schemas";
import { fail, invalid } from "@/lib/domain/result";
import { commandFailureAnswer, readCommand } from "@/lib/server/http/command-answer";

describe("a command route's decisions", () => {
  it("reads the posted form into the command with its schema", () => {
    expect(readCommand(enabledSchema, formData([["enabled", "true"]]))).toEqual({
      ok: true,
      command: { enabled: true },
    });
    expect(readCommand(z.object({}), formData([["ignored", "x"]]))).toEqual({ ok: true, command: {} });
  });

  it("names the first message key of each field that fails", () => {
    const read = readCommand(rolesSchema, formData([["roles", "NOPE"]]));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.code).toBe("invalid");
    expect(!read.ok && Object.keys(read.errors ?? {})).toEqual(["roles.0"]);
  });

  it("sends field errors back to the form with what was typed, or without it (keep: false)", () => {
    const form = formData([["name", "Ada"]]);
    const target = { page: "/staff/admin/users", form: "invite" };
    expect(commandFailureAnswer(invalid({ email: "emailInvalid" }), target, form)).toEqual({
      redirect: "/staff/admin/users?fel=invite#fel",
      flash: { form: "invite", values: { name: ["Ada"] }, errors: { email: "emailInvalid" } },
    });
    expect(commandFailureAnswer(invalid({ x: "y" }), { ...target, keep: false }, form)).toMatchObject({
      flash: { values: {} },
    });
  });

  it("shows a verb's code beside `field`, else names it in the address or as its page", () => {
    const form = formData([]);
    const target = { page: "/p", form: "roles-1", field: "roles" };
    expect(commandFailureAnswer(fail("lastAdmin"), target, form)).toMatchObject({
      redirect: "/p?fel=roles-1#fel",
      flash: { errors: { roles: "lastAdmin" } },
    });
    expect(commandFailureAnswer(fail("closed"), { page: "/p", form: "f" }, form)).toEqual({
      redirect: "/p?fel=closed#fel",
    });
    expect(commandFailureAnswer(fail("notFound"), { page: "/p", form: "f" }, form)).toEqual({
      page: "notFound",
    });
  });

  it("answers a malformed posted id as not found", () => {
    expect(
      commandFailureAnswer(invalid({ reportId: "notFound" }), { page: "/p", form: "f" }, formData([])),
    ).toEqual({ page: "notFound" });
  });

  it("names the first message key or the code in the address for pages that read only the address", () => {
    const target = { page: "/status/t", form: "withdraw", inAddress: true as const };
    expect(commandFailureAnswer(invalid({ reason: "reasonEmpty" }), target, formData([]))).toEqual({
      redirect: "/status/t?fel=reasonEmpty#fel",
    });
    expect(commandFailureAnswer(fail("notFound"), target, formData([]))).toEqual({
      redirect: "/status/t?fel=notFound#fel",
    });
  });
});
