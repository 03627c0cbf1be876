import { describe, expect, it } from "vitest";
import { resolveTargets } from "./resolve-targets";

describe("[SCORING] target overrides", () => {
  it("replaces the profile's target level but keeps it, the rules and the risk factor for the explanation", () => {
    // Profile: joint research with US and Chinese partners → firewalls target 4, risk 1.75.
    const resolved = resolveTargets({
      profile: { jointResearchUs: true, jointResearchChina: true },
      targetOverrides: [{ domain: "research-firewalls", targetLevel: 3, reason: "Only one lab, already separated physically" }],
    })["research-firewalls"];
    expect(resolved.target).toEqual({
      level: 3,
      profileLevel: 4,
      source: "override",
      override: { level: 3, reason: "Only one lab, already separated physically" },
      rules: ["researchFirewalls.usAndChina", "researchFirewalls.china"],
    });
    expect(resolved.risk).toEqual({ factor: 1.75, rules: ["researchFirewalls.usAndChina", "researchFirewalls.china"] });
  });

  it("leaves the other domains on their profile targets", () => {
    const resolved = resolveTargets({ profile: {}, targetOverrides: [{ domain: "governance", targetLevel: 4, reason: "Board decision" }] });
    expect(resolved["export-control"].target).toEqual({ level: 3, profileLevel: 3, source: "profile", rules: [] });
  });

  it("uses the last override when a domain has more than one", () => {
    const resolved = resolveTargets({
      profile: {},
      targetOverrides: [
        { domain: "governance", targetLevel: 4, reason: "first" },
        { domain: "governance", targetLevel: 2, reason: "second" },
      ],
    });
    expect(resolved.governance.target).toMatchObject({ level: 2, override: { level: 2, reason: "second" } });
  });

  it("keeps an out-of-range override within 1..4 and ignores one that is not a number", () => {
    const resolved = resolveTargets({
      profile: {},
      targetOverrides: [
        { domain: "governance", targetLevel: 9, reason: "too high" },
        { domain: "supply-chain", targetLevel: 0, reason: "too low" },
        { domain: "export-control", targetLevel: Number.NaN, reason: "broken" },
      ],
    });
    expect(resolved.governance.target.level).toBe(4);
    expect(resolved["supply-chain"].target.level).toBe(1);
    expect(resolved["export-control"].target).toMatchObject({ level: 3, source: "profile" });
  });
});
