import { describe, expect, it } from "vitest";
import { routeOf } from "./route-bundles";

describe("routeOf", () => {
  it("turns an app path into the URL pattern users see, without route groups", () => {
    expect(routeOf("/[locale]/(app)/orgs/[orgId]/assessments/[assessmentId]/domains/[domain]/page")).toBe("/[locale]/orgs/[orgId]/assessments/[assessmentId]/domains/[domain]");
    expect(routeOf("/[locale]/(auth)/sign-in/page")).toBe("/[locale]/sign-in");
    expect(routeOf("/_not-found/page")).toBe("/_not-found");
  });
});
