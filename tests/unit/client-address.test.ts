import { describe, expect, it } from "vitest";
import { addressKey, pickClientAddress } from "@/lib/domain/client-address";

describe("addressKey", () => {
  it("keeps IPv4 as written, without a port", () => {
    expect(addressKey(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(addressKey("203.0.113.7:51234")).toBe("203.0.113.7");
  });

  it("reads an IPv4-mapped IPv6 address (Node's dual-stack sockets) as IPv4", () => {
    expect(addressKey("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(addressKey("::FFFF:203.0.113.9")).toBe("203.0.113.9");
  });

  it("groups IPv6 by /64, in any spelling", () => {
    const key = "2001:db8:1:2::/64";
    for (const a of [
      "2001:db8:1:2::1",
      "2001:0db8:0001:0002:ffff:1:2:3",
      "[2001:db8:1:2::99]:443",
      "2001:db8:1:2::5%eth0",
    ])
      expect(addressKey(a)).toBe(key);
    expect(addressKey("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
  });

  it("refuses what is not an address", () => {
    for (const junk of ["", "unknown", "999.1.1.1", "1.2.3", "x".repeat(500), "2001:db8::g", "<script>"])
      expect(addressKey(junk)).toBeNull();
  });
});

describe("pickClientAddress", () => {
  it("with 0 trusted hops uses the socket's address, whatever the client put in X-Forwarded-For", () => {
    expect(pickClientAddress("198.51.100.1", "::ffff:203.0.113.5", 0)).toBe("203.0.113.5");
    expect(pickClientAddress(null, "203.0.113.5", 0)).toBe("203.0.113.5");
    expect(pickClientAddress("198.51.100.1", null, 0)).toBe("unknown");
  });

  it("with 1 hop takes what the load balancer appended, not what the client claimed", () => {
    expect(pickClientAddress("198.51.100.66, 203.0.113.1", "10.0.0.2", 1)).toBe("203.0.113.1");
    expect(pickClientAddress(" 198.51.100.66 , 203.0.113.1", null, 1)).toBe("203.0.113.1");
    expect(pickClientAddress("203.0.113.1", null, 1)).toBe("203.0.113.1");
  });

  it("with 2 hops takes the entry the outer proxy appended", () => {
    expect(pickClientAddress("6.6.6.6, 203.0.113.1, 10.0.0.9", "10.0.0.2", 2)).toBe("203.0.113.1");
    expect(pickClientAddress("6.6.6.6, 203.0.113.1, 10.0.0.9", null, 2)).toBe("203.0.113.1");
  });

  it("groups IPv6 clients by /64 and calls junk unknown", () => {
    expect(pickClientAddress("2001:db8:aa:bb::1", null, 1)).toBe("2001:db8:aa:bb::/64");
    expect(pickClientAddress("x".repeat(500), null, 1)).toBe("unknown");
    expect(pickClientAddress(null, null, 1)).toBe("unknown");
  });
});
