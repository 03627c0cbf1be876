import { describe, expect, it } from "vitest";
import { testQuestionnaire } from "@/tests/questionnaire-fixture";
import { applies, isProfileComplete, questionsWithApplicability } from "./applicability";
import { overallProgress, progressByDomain } from "./progress";

describe("[ASSESSMENTS] applicability from the profile", () => {
  it("applies a question with no condition to everyone", () => {
    expect(applies(undefined, {})).toBe(true);
  });

  it("needs every flag for `all` and one for `any`; unanswered counts as no", () => {
    expect(applies({ all: ["a", "b"] }, { a: true, b: true })).toBe(true);
    expect(applies({ all: ["a", "b"] }, { a: true })).toBe(false);
    expect(applies({ any: ["a", "b"] }, { b: true })).toBe(true);
    expect(applies({ any: ["a", "b"] }, { a: false })).toBe(false);
  });

  it("skips the US/China firewall question unless the organization works with both", () => {
    const questionnaire = testQuestionnaire();
    const onlyUs = questionsWithApplicability(questionnaire, { jointResearchUs: true, jointResearchChina: false });
    expect(onlyUs.find((question) => question.key === "firewall.separation")?.applies).toBe(false);
    const both = questionsWithApplicability(questionnaire, { jointResearchUs: true, jointResearchChina: true });
    expect(both.find((question) => question.key === "firewall.separation")?.applies).toBe(true);
  });

  it("knows when every profile question has an answer", () => {
    const questionnaire = testQuestionnaire();
    expect(isProfileComplete(questionnaire, { jointResearchUs: true })).toBe(false);
    expect(isProfileComplete(questionnaire, { jointResearchUs: true, jointResearchChina: false })).toBe(true);
  });
});

describe("[ASSESSMENTS] progress", () => {
  it("counts answered and not-applicable answers, and leaves skipped questions out", () => {
    const questions = questionsWithApplicability(testQuestionnaire(), { jointResearchUs: true, jointResearchChina: false });
    const byDomain = progressByDomain(questions, [
      { questionKey: "firewall.disclosure", level: 2, notApplicable: false },
      { questionKey: "qa.first", level: null, notApplicable: true },
      { questionKey: "qa.second", level: null, notApplicable: false },
    ]);
    expect(byDomain.get("research-firewalls")).toEqual({ answered: 1, applicable: 1, skipped: 1 });
    expect(byDomain.get("governance")).toEqual({ answered: 1, applicable: 2, skipped: 0 });
    expect(overallProgress(byDomain)).toEqual({ answered: 2, applicable: 19, skipped: 1 });
  });
});
