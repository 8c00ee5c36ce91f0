// Which address a request counts as for rate limits. Pure, so every case is unit-tested
// (tests/unit/client-address.test.ts); lib/server/rate-limit.ts feeds it the request's headers.

/**
 * One address as a rate-limit key: IPv4 as written (without a port), an IPv4-mapped IPv6 address
 * as its IPv4, and any other IPv6 address as its /64 network, because one household or server is
 * usually given a whole /64 and could otherwise take a fresh address for every request.
 * Null when `raw` is not an address.
 */
export function addressKey(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(value))
    return value.split(".").every((n) => Number(n) <= 255) ? value : null;
  const groups = ipv6Groups(value);
  if (!groups) return null;
  const [high = 0, low = 0] = groups.slice(6);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address (zone id dropped), or null. */
function ipv6Groups(value: string): number[] | null {
  const address = value.replace(/%.*$/, "");
  if (!address.includes(":")) return null;
  let canonical: string;
  try {
    // The URL parser validates the address and writes it canonically (embedded IPv4 as hex).
    canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
  const [head, tail] = canonical.includes("::") ? canonical.split("::") : [canonical, undefined];
  const parse = (part: string | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const before = parse(head);
  const after = parse(tail);
  const zeros = tail === undefined ? [] : Array<number>(8 - before.length - after.length).fill(0);
  return [...before, ...zeros, ...after];
}

/**
 * The client's address from the `X-Forwarded-For` chain and the TCP peer (the socket's address, when
 * known). `trustedHops` is how many proxies in front of the portal append to the chain: 0 means
 * none, so the peer IS the client and anything in the header is the client's own claim; 1 means one
 * load balancer, whose last entry is the address it saw; and so on. Counting from the right means a
 * client can add entries on the left but never choose the one picked. Without a known peer, the
 * chain's last entry stands for the nearest proxy's view, and 0 hops cannot be honoured: "unknown".
 */
export function pickClientAddress(
  forwardedFor: string | null,
  peer: string | null,
  trustedHops: number,
): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (peer) chain.push(peer);
  else if (trustedHops === 0) return "unknown";
  const hopsInChain = peer ? trustedHops : trustedHops - 1;
  const entry = chain[Math.max(0, chain.length - 1 - hopsInChain)];
  return (entry && addressKey(entry)) ?? "unknown";
}
