import { describe, expect, it } from "vitest";
import { RECOMMENDATIONS } from "../traceability";
import { corporateProfile, universityProfile } from "./profile";

describe("[QUESTIONNAIRES] profile and traceability table", () => {
  it("asks the profile questions that decide applicability, with unique keys", () => {
    for (const profile of [corporateProfile, universityProfile]) {
      const keys = profile.map((question) => question.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual(
        expect.arrayContaining(["jointResearchUs", "jointResearchChina", "operatesInChina", "handlesListedTechnology", "emergingTechnology", "foreignFunding", "hostsForeignResearchers", "suppliesDefenceOrCriticalInfrastructure"]),
      );
    }
    expect(corporateProfile.map((question) => question.key)).toContain("foreignInvestment");
  });

  it("lists each seed recommendation once, with a summary in both languages", () => {
    const ids = RECOMMENDATIONS.map((recommendation) => recommendation.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith("HOS-")).length).toBeGreaterThanOrEqual(10);
    for (const recommendation of RECOMMENDATIONS) expect(recommendation.summary.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
