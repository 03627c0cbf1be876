import { describe, expect, it } from "vitest";
import { ZPort, ZTrustedProxyHops } from "./server-settings";

describe("the server's settings", () => {
  it("TRUSTED_PROXY_HOPS defaults to 0 and takes only a small whole number", () => {
    expect(ZTrustedProxyHops.parse(undefined)).toBe(0);
    expect(ZTrustedProxyHops.parse("1")).toBe(1);
    for (const bad of ["-1", "1.5", "yes", "11"]) expect(ZTrustedProxyHops.safeParse(bad).success).toBe(false);
  });

  it("the port defaults to 3000 and must be a real one", () => {
    expect(ZPort.parse(undefined)).toBe(3000);
    expect(ZPort.parse("3100")).toBe(3100);
    for (const bad of ["0", "65536", "http", "80.5"]) expect(ZPort.safeParse(bad).success).toBe(false);
  });
});
