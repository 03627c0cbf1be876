import { describe, expect, it } from "vitest";
import { FRAMEWORKS, ZDomainContent, ZQuestion, type TDomainContent, type TQuestion } from "../schema";
import { RECOMMENDATIONS } from "../traceability";
import { cyberReadinessContent } from "./cyber-readiness";
import { governanceContent } from "./governance";
import { personnelClearanceContent } from "./personnel-clearance";
import { corporateProfile, universityProfile } from "./profile";
import { researchFirewallsContent } from "./research-firewalls";
import { sensitiveTechnologyContent } from "./sensitive-technology";

const CONTENT: [TDomainContent, string][] = [
  [governanceContent, "gov"],
  [sensitiveTechnologyContent, "tech"],
  [personnelClearanceContent, "people"],
  [researchFirewallsContent, "firewall"],
  [cyberReadinessContent, "cyber"],
];
const EXPECTED_DOMAINS = ["governance", "sensitive-technology", "personnel-clearance", "research-firewalls", "cyber-readiness"];

const corporate = CONTENT.flatMap(([content]) => content.corporate);
const university = CONTENT.flatMap(([content]) => content.university);
const all = [...corporate, ...university];

function textsOf(question: TQuestion) {
  return [question.text, question.guidance, ...question.answer.levels, ...question.remediation.map((step) => step.text)];
}

function profileKeysOf(question: TQuestion): string[] {
  const condition = question.appliesIf;
  return condition ? ("all" in condition ? condition.all : condition.any) : [];
}

describe("[QUESTIONNAIRES] content part A (domains 1–5)", () => {
  it("covers the five domains, each parsing against the schema with enough questions", () => {
    expect(CONTENT.map(([content]) => content.domain)).toEqual(EXPECTED_DOMAINS);
    for (const [content] of CONTENT) {
      expect(() => ZDomainContent.parse(content)).not.toThrow();
      expect(content.corporate.length, `${content.domain} corporate`).toBeGreaterThanOrEqual(7);
      expect(content.university.length, `${content.domain} university`).toBeGreaterThanOrEqual(6);
    }
  });

  it("parses every question on its own", () => {
    for (const question of all) {
      const result = ZQuestion.safeParse(question);
      expect(result.success, `${question.key}: ${result.success ? "" : result.error.message}`).toBe(true);
    }
  });

  it("prefixes every key with its domain and keeps keys unique across the five files and both audiences", () => {
    for (const [content, prefix] of CONTENT) {
      for (const question of [...content.corporate, ...content.university]) expect(question.key.startsWith(`${prefix}.`), question.key).toBe(true);
    }
    const keys = all.map((question) => question.key);
    const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(duplicates).toEqual([]);
  });

  it("writes every text in both languages, the Japanese in Japanese and the English without kana", () => {
    for (const question of all) {
      for (const text of textsOf(question)) {
        expect(text.ja.trim(), question.key).not.toBe("");
        expect(text.en.trim(), question.key).not.toBe("");
        expect(text.ja, `${question.key} ja`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        expect(text.en, `${question.key} en`).not.toMatch(/[\u3040-\u30ff]/);
      }
    }
  });

  it("gives one concrete remediation step from every level below the top, never just 'improve'", () => {
    for (const question of all) {
      const top = question.answer.levels.length - 1;
      expect(question.remediation.map((step) => step.fromLevel).sort((a, b) => a - b), question.key).toEqual(Array.from({ length: top }, (_, level) => level));
      for (const step of question.remediation) {
        expect(step.text.en, question.key).not.toMatch(/^improve\b/i);
        expect(step.text.ja, question.key).not.toMatch(/^改善する/);
      }
    }
  });

  it("refers only to profile questions of the matching questionnaire", () => {
    const corporateKeys = new Set(corporateProfile.map((question) => question.key));
    const universityKeys = new Set(universityProfile.map((question) => question.key));
    for (const question of corporate) for (const key of profileKeysOf(question)) expect(corporateKeys.has(key), `${question.key} → ${key}`).toBe(true);
    for (const question of university) for (const key of profileKeysOf(question)) expect(universityKeys.has(key), `${question.key} → ${key}`).toBe(true);
  });

  it("cites only recommendations that exist in the traceability table, and only known frameworks", () => {
    const known = new Set(RECOMMENDATIONS.map((recommendation) => recommendation.id));
    for (const question of all) {
      expect(question.sources.recommendations.length, question.key).toBeGreaterThan(0);
      for (const id of question.sources.recommendations) expect(known.has(id), `${question.key} → ${id}`).toBe(true);
      for (const ref of question.sources.frameworks) expect(FRAMEWORKS, question.key).toContain(ref.framework);
    }
  });

  it("writes framework ids in each framework's own format", () => {
    const formats: Partial<Record<(typeof FRAMEWORKS)[number], RegExp>> = {
      "NIST-CSF-2.0": /^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d{2}$/,
      "NIST-SP-800-171r3": /^03\.\d{2}\.\d{2}$/,
      "METI-CSMG-3.0": /^指示([1-9]|10)$/,
    };
    for (const question of all) {
      for (const ref of question.sources.frameworks) {
        const format = formats[ref.framework];
        if (format) expect(ref.id, `${question.key} → ${ref.framework}`).toMatch(format);
      }
    }
  });

  it("covers the core Hosokawa recommendations on governance, technology, clearance, firewalls and cyber", () => {
    for (const id of ["HOS-1", "HOS-2", "HOS-3", "HOS-4", "HOS-5", "HOS-6", "HOS-7", "CTX-1", "CTX-3", "CTX-4"]) {
      const covering = all.filter((question) => question.sources.recommendations.includes(id));
      expect(covering.length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it("mixes answer models, mostly maturity", () => {
    const maturity = all.filter((question) => question.answer.kind === "maturity").length;
    const yesPartialNo = all.filter((question) => question.answer.kind === "yesPartialNo").length;
    expect(yesPartialNo).toBeGreaterThan(0);
    expect(maturity).toBeGreaterThan(yesPartialNo * 2);
  });

  it("gates the US/China firewall questions on both kinds of joint research", () => {
    const gated = all.filter((question) => {
      const condition = question.appliesIf;
      return condition && "all" in condition && condition.all.includes("jointResearchUs") && condition.all.includes("jointResearchChina");
    });
    expect(gated.length).toBeGreaterThanOrEqual(3);
    for (const question of gated) expect(question.key.startsWith("firewall."), question.key).toBe(true);
  });
});
