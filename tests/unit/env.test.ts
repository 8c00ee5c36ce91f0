import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/server/env";

describe("PUBLIC_BASE_URL in production", () => {
  it("refuses a plain http:// address that is not this machine", () => {
    expect(() =>
      parseEnv({ NODE_ENV: "production", PUBLIC_BASE_URL: "http://lotsen.kommun.example" }),
    ).toThrow(/PUBLIC_BASE_URL: must be an https:\/\/ address in production/);
    expect(() => parseEnv({ NODE_ENV: "production", PUBLIC_BASE_URL: "http://10.0.0.5:3000" })).toThrow(
      /PUBLIC_BASE_URL/,
    );
  });

  it("accepts https://, and http:// on a loopback address, where browsers keep Secure cookies", () => {
    for (const url of [
      "https://lotsen.kommun.example",
      "http://localhost:3000",
      "http://127.0.0.1:3100",
      "http://[::1]:3000",
    ])
      expect(parseEnv({ NODE_ENV: "production", PUBLIC_BASE_URL: url }).PUBLIC_BASE_URL).toBe(url);
    expect(parseEnv({ NODE_ENV: "production" }).PUBLIC_BASE_URL).toBe("http://localhost:3000");
  });

  it("lets development use any http:// address", () => {
    expect(parseEnv({ NODE_ENV: "development", PUBLIC_BASE_URL: "http://192.168.1.20:3000" }).NODE_ENV).toBe(
      "development",
    );
  });
});
