import { describe, expect, it } from "vitest";
import { ZAssignDomainInput } from "./assessment";
import { ZCallbackPath, ZSignUpInput } from "./auth";
import { ZInviteMemberInput } from "./member";
import { ZCreateOrganizationInput } from "./organization";

describe("[VALIDATION] shared form schemas", () => {
  it("normalizes email addresses, and keeps the password exactly as typed", () => {
    expect(ZSignUpInput.parse({ name: " 佐藤 ", email: " Sato@Example.JP ", password: " 0123456789ab " })).toEqual({
      name: "佐藤",
      email: "sato@example.jp",
      password: " 0123456789ab ",
    });
    const short = ZSignUpInput.safeParse({ name: "x", email: "a@b.jp", password: "short" });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe("validation.passwordTooShort");
  });

  it("keeps sign-in redirects on this site", () => {
    expect(ZCallbackPath.parse("/en/orgs/abc")).toBe("/en/orgs/abc");
    expect(ZCallbackPath.parse("//evil.example.com/x")).toBe("/orgs");
    expect(ZCallbackPath.parse("https://evil.example.com")).toBe("/orgs");
    expect(ZCallbackPath.parse("/\\evil.example.com")).toBe("/orgs");
  });

  it("refuses unknown roles, kinds and sectors with a translatable message", () => {
    const invite = ZInviteMemberInput.safeParse({ organizationId: "a".repeat(25), email: "x@y.jp", role: "ADMIN" });
    expect(invite.error?.issues.map((issue) => issue.message)).toEqual(["validation.choose"]);
    const organization = ZCreateOrganizationInput.safeParse({ name: "", kind: "GOVERNMENT", sector: "SEMICONDUCTORS", sizeBand: "UNDER_100" });
    expect(organization.error?.issues.map((issue) => issue.message).sort()).toEqual(["validation.choose", "validation.required"]);
  });

  it("takes a domain's due date as a calendar date, and only with someone to answer it", () => {
    const base = { organizationId: "a".repeat(25), assessmentId: "b".repeat(25), domain: "governance", assigneeId: "c".repeat(25) };
    expect(ZAssignDomainInput.parse({ ...base, dueDate: "2026-12-24" }).dueDate).toBe("2026-12-24");
    expect(ZAssignDomainInput.safeParse({ ...base, dueDate: "2026-13-40" }).error?.issues[0]?.message).toBe("validation.date");
    expect(ZAssignDomainInput.safeParse({ ...base, assigneeId: null, dueDate: "2026-12-24" }).error?.issues[0]?.message).toBe("validation.assignFirst");
    expect(ZAssignDomainInput.safeParse({ ...base, domain: "astrology" }).success).toBe(false);
  });
});
