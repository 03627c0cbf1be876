import { afterEach, describe, expect, it, vi } from "vitest";

const BASE_ENV = { DATABASE_URL: "postgresql://localhost:5432/mamori", NEXTAUTH_SECRET: "x".repeat(40) };

async function providersWith(env: Record<string, string>) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", BASE_ENV.DATABASE_URL);
  vi.stubEnv("NEXTAUTH_SECRET", BASE_ENV.NEXTAUTH_SECRET);
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const { buildAuthOptions } = await import("./options");
  return buildAuthOptions().providers as unknown as { id: string; name: string }[];
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
