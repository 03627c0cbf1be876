import { describe, expect, it } from "vitest";
import { QUESTIONNAIRES } from "./catalog";
import { questionsOf } from "./questionnaire";
import { DOMAIN_KEYS } from "./schema";
import { RECOMMENDATIONS } from "./traceability";

const corporate = QUESTIONNAIRES.find((questionnaire) => questionnaire.key === "corporate")!;
const university = QUESTIONNAIRES.find((questionnaire) => questionnaire.key === "university")!;
const allQuestions = QUESTIONNAIRES.flatMap(questionsOf);

describe("[QUESTIONNAIRES] catalog", () => {
  it("has at least 60 corporate and 50 university questions", () => {
    expect(questionsOf(corporate).length).toBeGreaterThanOrEqual(60);
    expect(questionsOf(university).length).toBeGreaterThanOrEqual(50);
  });

  it("covers every domain in both questionnaires, in the same order", () => {
    for (const questionnaire of [corporate, university]) {
      expect(questionnaire.domains.map((domain) => domain.key)).toEqual([...DOMAIN_KEYS]);
      for (const domain of questionnaire.domains) expect(domain.questions.length, `${questionnaire.key}/${domain.key}`).toBeGreaterThan(0);
    }
  });

  it("gives every question a unique key across both questionnaires, prefixed by its domain", () => {
    const keys = allQuestions.map((question) => question.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("writes every text in both languages", () => {
    for (const question of allQuestions) {
      const texts = [question.text, question.guidance, ...question.answer.levels, ...question.remediation.map((step) => step.text)];
      for (const text of texts) {
        expect(text.ja.trim(), question.key).not.toBe("");
        expect(text.en.trim(), question.key).not.toBe("");
        expect(text.ja, `${question.key} ja should be Japanese`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });

  it("has one concrete remediation step from every level below the top", () => {
    for (const question of allQuestions) {
      const top = question.answer.levels.length - 1;
      expect(question.remediation.map((step) => step.fromLevel).sort(), question.key).toEqual(Array.from({ length: top }, (_, level) => level));
      for (const step of question.remediation) expect(step.text.en, question.key).not.toMatch(/^improve\b/i);
    }
  });

  it("refers only to profile questions that exist in the same questionnaire", () => {
    for (const questionnaire of [corporate, university]) {
      const profileKeys = new Set(questionnaire.profile.map((question) => question.key));
      for (const question of questionsOf(questionnaire)) {
        const condition = question.appliesIf;
        const keys = condition ? ("all" in condition ? condition.all : condition.any) : [];
        for (const key of keys) expect(profileKeys.has(key), `${question.key} → ${key}`).toBe(true);
      }
    }
  });

  it("asks the profile questions the issue names", () => {
    for (const questionnaire of [corporate, university]) {
      const keys = questionnaire.profile.map((question) => question.key);
      expect(keys).toEqual(expect.arrayContaining(["jointResearchUs", "jointResearchChina", "handlesListedTechnology", "emergingTechnology", "hostsForeignResearchers"]));
    }
  });
});

describe("[QUESTIONNAIRES] traceability", () => {
  it("covers every recommendation of the seeds with at least two questions", () => {
    for (const recommendation of RECOMMENDATIONS) {
      const covering = allQuestions.filter((question) => question.sources.recommendations.includes(recommendation.id));
      expect(covering.length, `${recommendation.id}: ${recommendation.summary.en}`).toBeGreaterThanOrEqual(2);
    }
  });

  it("names at least one known source for every question", () => {
    const known = new Set(RECOMMENDATIONS.map((recommendation) => recommendation.id));
    for (const question of allQuestions) {
      expect(question.sources.recommendations.length, question.key).toBeGreaterThan(0);
      for (const id of question.sources.recommendations) expect(known.has(id), `${question.key} → ${id}`).toBe(true);
    }
  });
});
