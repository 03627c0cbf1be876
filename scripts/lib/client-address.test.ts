import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("with nothing in front, is the connection's address, whatever X-Forwarded-For claims", () => {
    expect(clientAddress({ socketAddress: "192.0.2.10", forwardedFor: "203.0.113.7", trustedProxyHops: 0 })).toBe("192.0.2.10");
    expect(clientAddress({ socketAddress: "192.0.2.10", forwardedFor: undefined, trustedProxyHops: 0 })).toBe("192.0.2.10");
  });

  it("behind one proxy, is the entry that proxy appended, not what the client sent before it", () => {
    // The client sent "203.0.113.7"; the proxy (10.0.0.5) appended the address it saw.
    expect(clientAddress({ socketAddress: "10.0.0.5", forwardedFor: "203.0.113.7, 198.51.100.2", trustedProxyHops: 1 })).toBe("198.51.100.2");
    expect(clientAddress({ socketAddress: "10.0.0.5", forwardedFor: "198.51.100.2", trustedProxyHops: 1 })).toBe("198.51.100.2");
  });

  it("behind two proxies, counts two entries from the right, across repeated headers", () => {
    expect(clientAddress({ socketAddress: "10.0.0.6", forwardedFor: ["203.0.113.7, 198.51.100.2", "10.0.0.5"], trustedProxyHops: 2 })).toBe("198.51.100.2");
  });

  it("with fewer entries than proxies, is the leftmost one known", () => {
    expect(clientAddress({ socketAddress: "10.0.0.5", forwardedFor: undefined, trustedProxyHops: 2 })).toBe("10.0.0.5");
  });

  it("reports an IPv4 peer of a dual-stack socket as plain IPv4, and IPv6 as it is", () => {
    expect(clientAddress({ socketAddress: "::ffff:127.0.0.1", forwardedFor: undefined, trustedProxyHops: 0 })).toBe("127.0.0.1");
    expect(clientAddress({ socketAddress: "2001:db8::1", forwardedFor: undefined, trustedProxyHops: 0 })).toBe("2001:db8::1");
    expect(clientAddress({ socketAddress: undefined, forwardedFor: undefined, trustedProxyHops: 0 })).toBe("unknown");
  });
});
