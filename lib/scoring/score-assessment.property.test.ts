import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOMAIN_KEYS, type TDomainKey } from "@/lib/questionnaires/schema";
import { projectScore } from "./project-score";
import { scoreAssessment } from "./score-assessment";
import type { TAssessmentScore, TDomainScore, TScoringAnswer, TScoringInput } from "./types";

const PROFILE_KEYS = [
  "jointResearchUs",
  "jointResearchChina",
  "operatesInChina",
  "handlesListedTechnology",
  "emergingTechnology",
  "foreignInvestment",
  "foreignFunding",
  "hostsForeignResearchers",
  "suppliesDefenceOrCriticalInfrastructure",
  "handlesDesignatedInformation",
  "usesHighRiskVendorEquipment",
] as const;

const profileArb = fc.record(Object.fromEntries(PROFILE_KEYS.map((key) => [key, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>);

/** How a generated question is answered: a level (reduced to its scale later), left blank, N/A, or not at all. */
const answerKindArb = fc.oneof(
  fc.record({ kind: fc.constant("level" as const), level: fc.nat() }),
  fc.record({ kind: fc.constant("blank" as const) }),
  fc.record({ kind: fc.constant("notApplicable" as const) }),
  fc.record({ kind: fc.constant("none" as const) }),
);

const questionSpecArb = fc.record({
  domain: fc.constantFrom(...DOMAIN_KEYS),
  weight: fc.integer({ min: 1, max: 3 }),
  maxLevel: fc.constantFrom(2, 4),
  applies: fc.boolean(),
  answer: answerKindArb,
});

const overrideArb = fc.record({ domain: fc.constantFrom(...DOMAIN_KEYS), targetLevel: fc.integer({ min: 1, max: 4 }), reason: fc.string() });

const inputArb: fc.Arbitrary<TScoringInput> = fc
  .record({
    specs: fc.array(questionSpecArb, { maxLength: 40 }),
    profile: profileArb,
    targetOverrides: fc.option(fc.array(overrideArb, { maxLength: 3 }), { nil: undefined }),
    strayAnswers: fc.array(fc.record({ level: fc.option(fc.nat({ max: 4 }), { nil: null }), notApplicable: fc.boolean() }), { maxLength: 2 }),
  })
  .map(({ specs, profile, targetOverrides, strayAnswers }) => {
    const questions = specs.map((spec, index) => ({ key: `q${index}`, domain: spec.domain, weight: spec.weight, maxLevel: spec.maxLevel, applies: spec.applies }));
    const answers: TScoringAnswer[] = specs.flatMap((spec, index): TScoringAnswer[] => {
      const questionKey = `q${index}`;
      if (spec.answer.kind === "none") return [];
      if (spec.answer.kind === "blank") return [{ questionKey, level: null, notApplicable: false }];
      if (spec.answer.kind === "notApplicable") return [{ questionKey, level: null, notApplicable: true }];
      return [{ questionKey, level: spec.answer.level % (spec.maxLevel + 1), notApplicable: false }];
    });
    // Answers to questions no longer in the questionnaire must change nothing.
    const stray = strayAnswers.map((entry, index) => ({ questionKey: `retired${index}`, ...entry }));
    return { questions, answers: [...answers, ...stray], profile, targetOverrides };
  });

const inRange = (value: number | null) => value === null || (value >= 0 && value <= 100);

const byDomain = (result: TAssessmentScore, domain: TDomainKey): TDomainScore => {
  const found = result.domains.find((entry) => entry.domain === domain);
  if (!found) throw new Error(`missing domain ${domain}`);
  return found;
};

/** Keys of questions that are scored, i.e. apply and have a level. */
function scoredKeys(input: TScoringInput): string[] {
  const answers = new Map(input.answers.map((answer) => [answer.questionKey, answer]));
  return input.questions.filter((question) => question.applies && answers.get(question.key)?.level != null && !answers.get(question.key)?.notApplicable).map((question) => question.key);
}

/** Reorders questions across domains while each domain keeps its own questionnaire order. */
function interleave<T extends { domain: TDomainKey }>(items: T[], sortKeys: number[]): T[] {
  const keyed = items.map((item, index) => ({ item, sortKey: sortKeys[index % Math.max(1, sortKeys.length)] ?? 0 }));
  // Within a domain, hand the sort keys out in ascending order so its items stay in sequence.
  for (const domain of DOMAIN_KEYS) {
    const own = keyed.filter((entry) => entry.item.domain === domain);
    const keys = own.map((entry) => entry.sortKey).sort((a, b) => a - b);
    own.forEach((entry, index) => (entry.sortKey = keys[index] ?? 0));
  }
  return [...keyed].sort((a, b) => a.sortKey - b.sortKey).map((entry) => entry.item);
}

describe("[SCORING] properties of the model", () => {
  it("keeps every score and coverage percent null or within 0–100, and every number finite", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = scoreAssessment(input);
        for (const domain of result.domains) {
          expect(inRange(domain.score)).toBe(true);
          expect(inRange(domain.coverage.percent)).toBe(true);
        }
        expect(inRange(result.overall.score)).toBe(true);
        expect(inRange(result.overall.coverage.percent)).toBe(true);
        // JSON would quietly turn NaN into null, so flag non-finite numbers before it does.
        const serialized = JSON.stringify(result, (_, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? "NOT_FINITE" : value));
        expect(serialized).not.toContain("NOT_FINITE");
      }),
    );
  });

  it("never lowers the domain or overall score when one answer is raised", () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), fc.nat(), (input, pick, step) => {
        const questionsByKey = new Map(input.questions.map((question) => [question.key, question]));
        const raisable = scoredKeys(input).filter((key) => {
          const level = input.answers.find((answer) => answer.questionKey === key)?.level ?? 0;
          return level < (questionsByKey.get(key)?.maxLevel ?? 0);
        });
        fc.pre(raisable.length > 0);
        const key = raisable[pick % raisable.length] ?? "";
        const question = questionsByKey.get(key);
        if (!question) throw new Error("generated key without question");
        const raised: TScoringInput = {
          ...input,
          answers: input.answers.map((answer) => {
            if (answer.questionKey !== key || answer.level === null) return answer;
            return { ...answer, level: answer.level + 1 + (step % (question.maxLevel - answer.level)) };
          }),
        };
        const before = scoreAssessment(input);
        const after = scoreAssessment(raised);
        expect(byDomain(after, question.domain).score ?? 0).toBeGreaterThanOrEqual(byDomain(before, question.domain).score ?? 0);
        expect(after.overall.score ?? 0).toBeGreaterThanOrEqual(before.overall.score ?? 0);
      }),
    );
  });

  it("changes nothing in other domains when a question is marked not applicable, or unmarked", () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, pick) => {
        fc.pre(input.questions.length > 0);
        const question = input.questions[pick % input.questions.length];
        if (!question) throw new Error("pick out of range");
        const existing = input.answers.find((answer) => answer.questionKey === question.key);
        const answers = existing
          ? input.answers.map((answer) => (answer.questionKey === question.key ? { ...answer, notApplicable: !answer.notApplicable } : answer))
          : [...input.answers, { questionKey: question.key, level: null, notApplicable: true }];
        const before = scoreAssessment(input);
        const after = scoreAssessment({ ...input, answers });
        for (const domain of DOMAIN_KEYS) {
          if (domain === question.domain) expect(byDomain(after, domain).target).toEqual(byDomain(before, domain).target);
          else expect(byDomain(after, domain)).toEqual(byDomain(before, domain));
        }
      }),
    );
  });

  it("sorts gaps by priority and gives the same result for the same assessment, however the input is ordered", () => {
    fc.assert(
      fc.property(inputArb, fc.array(fc.double({ noNaN: true }), { minLength: 1 }), fc.array(fc.double({ noNaN: true }), { minLength: 1 }), (input, questionKeys, answerKeys) => {
        const result = scoreAssessment(input);
        result.gaps.slice(1).forEach((gap, index) => expect(result.gaps[index]?.priority ?? 0).toBeGreaterThanOrEqual(gap.priority ?? 0));
        for (const gap of result.gaps) expect(gap.gap).toBeGreaterThan(0);
        expect(scoreAssessment(input)).toEqual(result);
        // Interleaving domains differently keeps each domain's questionnaire order, and answers carry no order.
        const answerSortKeys = input.answers.map((_, index) => answerKeys[index % answerKeys.length] ?? 0);
        const shuffledAnswers = input.answers.map((answer, index) => ({ answer, sortKey: answerSortKeys[index] ?? 0 })).sort((a, b) => a.sortKey - b.sortKey).map((entry) => entry.answer);
        const reordered = { ...input, questions: interleave(input.questions, questionKeys), answers: shuffledAnswers };
        expect(scoreAssessment(reordered)).toEqual(result);
      }),
    );
  });

  it("never lowers a score by projection, and leaves domains without done questions as they were", () => {
    fc.assert(
      fc.property(inputArb, fc.array(fc.nat()), (input, picks) => {
        const done = picks.map((pick) => input.questions[pick % Math.max(1, input.questions.length)]?.key ?? "none");
        const doneDomains = new Set(input.questions.filter((question) => done.includes(question.key)).map((question) => question.domain));
        const before = scoreAssessment(input);
        const after = projectScore(input, done);
        for (const domain of DOMAIN_KEYS) {
          const was = byDomain(before, domain);
          const now = byDomain(after, domain);
          if (!doneDomains.has(domain)) expect(now).toEqual(was);
          expect(now.score === null).toBe(was.score === null);
          expect(now.score ?? 0).toBeGreaterThanOrEqual(was.score ?? 0);
        }
        expect(after.overall.score ?? 0).toBeGreaterThanOrEqual(before.overall.score ?? 0);
        // Every done question that had a gap has none left.
        for (const gap of after.gaps) expect(done.includes(gap.key)).toBe(false);
      }),
    );
  });
});
