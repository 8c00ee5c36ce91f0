import { describe, expect, it } from "vitest";
import { signatureHeader, verifySignature } from "@/lib/domain/webhook-signature";
import { webhookBody, webhookEndpointSchema, webhookFormErrors } from "@/lib/domain/webhooks";

const SECRET = "whsec_test";
const body = '{"id":"1","type":"decision"}';

describe("webhook signatures", () => {
  it("verifies its own header within the replay window and refuses a stale, changed or malformed one", () => {
    const header = signatureHeader(SECRET, 1_700_000_000, body);
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature(header, body, SECRET, 1_700_000_299)).toEqual({
      ok: true,
      timestamp: 1_700_000_000,
    });
    expect(verifySignature(header, body, SECRET, 1_700_000_301)).toEqual({ ok: false, reason: "stale" });
    expect(verifySignature(header, `${body} `, SECRET, 1_700_000_000)).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verifySignature(header, body, "whsec_other", 1_700_000_000)).toEqual({
      ok: false,
      reason: "mismatch",
    });
    // The timestamp is signed: moving it forward breaks the signature.
    const moved = header.replace("t=1700000000", "t=1700000100");
    expect(verifySignature(moved, body, SECRET, 1_700_000_100)).toEqual({ ok: false, reason: "mismatch" });
    expect(verifySignature("v1=abc", body, SECRET, 0)).toEqual({ ok: false, reason: "malformed" });
    expect(verifySignature(undefined, body, SECRET, 0)).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("the webhook endpoint form", () => {
  const parse = (url: string, events: string[] = ["decision"]) => {
    const r = webhookEndpointSchema.safeParse({ url, events, active: true });
    return r.success ? r.data : webhookFormErrors(r.error);
  };

  it("accepts http(s) addresses and keeps the events in their published order", () => {
    expect(parse(" https://diarium.example.se/lotsen ", ["decision", "nonsense", "case.registered"])).toEqual(
      {
        url: "https://diarium.example.se/lotsen",
        events: ["case.registered", "decision"],
        active: true,
      },
    );
    expect(parse("http://10.0.0.5:8080/hook")).toMatchObject({ url: "http://10.0.0.5:8080/hook" });
  });

  it("refuses other schemes, credentials, nonsense and an empty choice of events", () => {
    expect(parse("")).toEqual({ url: "urlRequired" });
    expect(parse("ftp://diarium.example.se/x")).toEqual({ url: "urlScheme" });
    expect(parse("file:///etc/passwd")).toEqual({ url: "urlScheme" });
    expect(parse("https://user:pw@diarium.example.se/")).toEqual({ url: "urlInvalid" });
    expect(parse("diarium")).toEqual({ url: "urlInvalid" });
    expect(parse(`https://d.example.se/${"x".repeat(2000)}`)).toEqual({ url: "urlTooLong" });
    expect(parse("https://diarium.example.se/", [])).toEqual({ events: "eventsRequired" });
  });

  it("serialises the envelope with its fields in a fixed order", () => {
    const text = webhookBody({
      data: {
        caseId: "c",
        registrationNumber: "KS 2026/0001",
        outcome: "GRANTED",
        collaborationForm: "IOP",
        decidedAt: "2026-01-01T00:00:00.000Z",
      },
      occurredAt: "2026-01-01T00:00:00.000Z",
      type: "decision",
      id: "e",
    });
    expect(Object.keys(JSON.parse(text) as object)).toEqual(["id", "type", "occurredAt", "data"]);
  });
});
