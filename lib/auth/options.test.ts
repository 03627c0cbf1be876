import { afterEach, describe, expect, it, vi } from "vitest";
import { NextAuthDriver } from "@/tests/next-auth-driver";

const BASE_ENV = { DATABASE_URL: "postgresql://localhost:5432/mamori", NEXTAUTH_SECRET: "x".repeat(40) };

async function optionsWith(env: Record<string, string>) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", BASE_ENV.DATABASE_URL);
  vi.stubEnv("NEXTAUTH_SECRET", BASE_ENV.NEXTAUTH_SECRET);
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const { buildAuthOptions } = await import("./options");
  return buildAuthOptions();
}

async function providersWith(env: Record<string, string>) {
  return (await optionsWith(env)).providers as unknown as { id: string; name: string }[];
}

describe("[AUTH] providers", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("offers email and password only, unless OIDC is configured", async () => {
    expect((await providersWith({})).map((provider) => provider.id)).toEqual(["credentials"]);
  });

  it("adds the organization's OpenID Connect provider from the OIDC_* variables", async () => {
    const providers = await providersWith({
      OIDC_ISSUER: "https://login.example.jp/tenant/v2.0/",
      OIDC_CLIENT_ID: "mamori",
      OIDC_CLIENT_SECRET: "s3cret",
      OIDC_NAME: "Microsoft Entra ID",
    });
    const oidc = providers.find((provider) => provider.id === "oidc");
    expect(oidc).toMatchObject({
      name: "Microsoft Entra ID",
      wellKnown: "https://login.example.jp/tenant/v2.0/.well-known/openid-configuration",
      clientId: "mamori",
      clientSecret: "s3cret",
    });
  });

  it("refuses to start with only part of the OIDC settings", async () => {
    await expect(providersWith({ OIDC_ISSUER: "https://login.example.jp" })).rejects.toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/);
  });

  it("refuses to start without a session secret", async () => {
    vi.resetModules();
    vi.stubEnv("DATABASE_URL", BASE_ENV.DATABASE_URL);
    vi.stubEnv("NEXTAUTH_SECRET", "");
    const { env } = await import("@/lib/env");
    expect(() => env()).toThrow(/NEXTAUTH_SECRET/);
  });
});

describe("[AUTH] cookies", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("are Secure, HttpOnly and SameSite=Lax, with the __Secure-/__Host- prefixes, when Mamori is served over https", async () => {
    const options = await optionsWith({ NEXTAUTH_URL: "https://mamori.example.jp" });
    expect(options.useSecureCookies).toBe(true);
    expect(options.cookies?.sessionToken).toEqual({ name: "__Secure-next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
    // The headers next-auth itself sends for the cookies it sets before sign-in.
    const browser = new NextAuthDriver(options);
    await browser.csrf();
    expect(browser.setCookieHeader("__Host-next-auth.csrf-token")).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    expect(browser.setCookieHeader("__Secure-next-auth.callback-url")).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
  });

  it("are HttpOnly and SameSite=Lax but not Secure over plain http (a local start), where a browser would drop Secure ones", async () => {
    const options = await optionsWith({ NEXTAUTH_URL: "http://localhost:3000" });
    expect(options.cookies?.sessionToken).toEqual({ name: "next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } });
    const browser = new NextAuthDriver(options);
    await browser.csrf();
    expect(browser.setCookieHeader("next-auth.csrf-token")).toMatch(/; Path=\/; HttpOnly; SameSite=Lax$/);
  });

  it("keep sessions short: 30 idle minutes for the cookie and the token alike", async () => {
    const options = await optionsWith({});
    expect(options.session).toMatchObject({ strategy: "jwt", maxAge: 30 * 60 });
    expect(options.jwt?.maxAge).toBe(30 * 60);
  });
});
