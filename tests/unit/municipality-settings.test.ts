import { describe, expect, it } from "vitest";
import { parseMunicipalitySettingsForm } from "@/lib/domain/municipality-settings";
import { typedWrong } from "../support/typed-wrong";

// The settings form alone (pure, no database); saving and reading the settings back is tested in
// tests/integration/municipality-settings.test.ts.

const valid = {
  name: " Exempelstads kommun ",
  mailbox: "Lotsen@Kommun.example",
  contactEmail: "info@kommun.example",
  contactPhone: "",
  registrationPrefix: "Dnr KS",
};

describe("the municipality settings form", () => {
  it.each(["KS", "Dnr KS", "KS-IOP", "Kultur 2"])("accepts the registration prefix %j", (prefix) => {
    expect(parseMunicipalitySettingsForm({ ...valid, registrationPrefix: prefix }).ok).toBe(true);
  });

  it.each(["", " ", "-KS", "K".repeat(21), "KS_1"])("refuses the registration prefix %j", (prefix) => {
    expect(parseMunicipalitySettingsForm({ ...valid, registrationPrefix: prefix }).ok).toBe(false);
  });

  it("accepts valid input, trimming and dropping an empty phone", () => {
    expect(parseMunicipalitySettingsForm(valid)).toEqual({
      ok: true,
      settings: {
        name: "Exempelstads kommun",
        mailbox: "lotsen@kommun.example",
        contactEmail: "info@kommun.example",
        contactPhone: undefined,
        registrationPrefix: "Dnr KS",
      },
    });
  });

  it("reports one code per field", () => {
    const { typed, errors } = typedWrong({
      name: ["", "nameRequired"],
      mailbox: ["nope", "emailInvalid"],
      contactEmail: ["x@", "emailInvalid"],
      contactPhone: ["1".repeat(41), "phoneTooLong"],
      registrationPrefix: ["KS/2026", "prefixInvalid"],
    });
    expect(parseMunicipalitySettingsForm(typed)).toEqual({ ok: false, errors });
  });
});
