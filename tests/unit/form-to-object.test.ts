import { describe, expect, it } from "vitest";
import { formData } from "@/tests/support/form-data";
import { newPartnershipSchema, steeringGroupSchema } from "@/lib/domain/partnership";
import { SECTION_FORMS } from "@/lib/domain/partnership-sections";
import { PAYLOADS, parsePayload } from "@/lib/domain/workflow-payloads";
import { formToObject } from "@/lib/server/http/form-to-object";

describe("a posted form read by its command's schema", () => {
  it("reads nested names, lists and missing fields, and the errors keep the posted names", () => {
    const form = formData([
      ["action", "submitProposal"],
      ["recommended", "IOP"],
      ["motivation", "Passar"],
      ["criteria.fitsPolicy.met", "yes"],
      ["criteria.fitsPolicy.note", "Se policyn"],
    ]);
    const payload = formToObject(PAYLOADS.submitProposal, form);
    expect(payload).toMatchObject({
      recommended: "IOP",
      motivation: "Passar",
      resources: "",
      criteria: { fitsPolicy: { met: "yes", note: "Se policyn" }, noMarket: { met: "", note: "" } },
    });
    expect(Object.keys(payload)).not.toContain("action");
    const parsed = parsePayload("submitProposal", payload);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toMatchObject({
      resources: "required",
      "criteria.noMarket.met": "choose",
    });
    expect(!parsed.ok && parsed.errors).not.toHaveProperty("criteria.fitsPolicy.met");
  });

  it("reads every value of a list, a record by its keys, and removes NUL", () => {
    const form = formData([
      ["sections", "idea"],
      ["sections", "budget"],
      ["message", "Hej\0då"],
    ]);
    expect(formToObject(PAYLOADS.requestInformation, form)).toEqual({
      sections: ["idea", "budget"],
      message: "Hejdå",
    });
    expect(formToObject(PAYLOADS.requestInformation, formData([]))).toEqual({ sections: [], message: "" });
    const steering = formData([
      ["members.p1", "Lars"],
      ["members.p2", "Ronny"],
      ["decisionRule", "Enhällighet"],
    ]);
    expect(formToObject(steeringGroupSchema, steering)).toEqual({
      members: { p1: "Lars", p2: "Ronny" },
      decisionRule: "Enhällighet",
      meetingCadence: "",
    });
    expect(formToObject(SECTION_FORMS.goals, formData([["goalText", "A"]]))).toMatchObject({
      goalText: ["A"],
      goalId: [],
    });
    expect(formToObject(newPartnershipSchema, formData([["title", "T"]]))).toEqual({
      title: "T",
      civilName: "",
      civilOrgNumber: "",
      publicName: "",
      publicDepartment: "",
      startDate: "",
      endDate: "",
    });
  });
});
