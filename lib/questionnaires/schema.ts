// The shape of questionnaire content: typed data checked by zod at build and test time.
// Pure TypeScript: no React, no Prisma.
import { z } from "zod";
import { DOMAIN_KEYS } from "./domain-keys";

/** Text in both languages; neither may be empty. */
export const ZI18nText = z.object({
  ja: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type TI18nText = z.infer<typeof ZI18nText>;

export { DOMAIN_KEYS };
export const ZDomainKey = z.enum(DOMAIN_KEYS);
export type TDomainKey = z.infer<typeof ZDomainKey>;

export const QUESTIONNAIRE_KEYS = ["corporate", "university"] as const;
export const ZQuestionnaireKey = z.enum(QUESTIONNAIRE_KEYS);
export type TQuestionnaireKey = z.infer<typeof ZQuestionnaireKey>;

/** A yes/no question about the organization whose answers decide which questions apply. */
export const ZProfileQuestion = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "camelCase key"),
  text: ZI18nText,
  guidance: ZI18nText,
});
export type TProfileQuestion = z.infer<typeof ZProfileQuestion>;

/**
 * When a question applies, in terms of profile answers (keys of profile questions).
 * `all`: every listed flag is yes; `any`: at least one is. No condition: always applies.
 */
export const ZAppliesIf = z.union([
  z.object({ all: z.array(z.string()).min(1) }).strict(),
  z.object({ any: z.array(z.string()).min(1) }).strict(),
]);
export type TAppliesIf = z.infer<typeof ZAppliesIf>;

export const ZEffort = z.enum(["S", "M", "L"]);

/** Who usually owns a remediation step. */
export const OWNER_ROLES = [
  "executive",
  "security-lead",
  "export-control",
  "research-office",
  "it-security",
  "legal",
  "hr",
  "procurement",
  "facilities",
  "principal-investigator",
] as const;
export const ZOwnerRole = z.enum(OWNER_ROLES);

/** The concrete next step from `fromLevel` to the level above it. */
export const ZRemediationStep = z.object({
  fromLevel: z.number().int().min(0),
  text: ZI18nText,
  effort: ZEffort,
  ownerRole: ZOwnerRole,
});
export type TRemediationStep = z.infer<typeof ZRemediationStep>;

/**
 * Answer models. `maturity`: levels 0 (none) … 4 (optimized), a descriptor for each.
 * `yesPartialNo`: levels 0 = no, 1 = partial, 2 = yes, a descriptor for each.
 */
export const ZAnswerModel = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("maturity"), levels: z.array(ZI18nText).length(5) }),
  z.object({ kind: z.literal("yesPartialNo"), levels: z.array(ZI18nText).length(3) }),
]);
export type TAnswerModel = z.infer<typeof ZAnswerModel>;

export const FRAMEWORKS = [
  "NIST-CSF-2.0", // e.g. "GV.RR-01"
  "NIST-SP-800-171r3", // e.g. "03.01.01"
  "METI-CSMG-3.0", // METI Cybersecurity Management Guidelines v3.0 directives, e.g. "指示1"
  "NSPM-33", // research-security elements, e.g. "disclosure", "cybersecurity", "foreign-travel", "training", "export-control"
  "METI-CP", // METI export-control internal compliance programme (輸出管理内部規程), e.g. "該非判定"
  "ESPA-2022", // 経済安全保障推進法 (Act No. 43 of 2022)
  "SC-ACT-2024", // 重要経済安保情報の保護及び活用に関する法律 (Act No. 27 of 2024)
  "UK-TR", // UK Trusted Research / Secure Innovation
  "JP-RI", // 研究インテグリティ (Cabinet Office policy, 2021)
  "US-RS-2024", // OSTP guidelines for research security programs (July 2024)
] as const;
export const ZFrameworkRef = z.object({ framework: z.enum(FRAMEWORKS), id: z.string().min(1) });

export const ZSources = z.object({
  /** Ids of rows in the traceability table (lib/questionnaires/traceability.ts). */
  recommendations: z.array(z.string().regex(/^[A-Z]+-\d+$/)).min(1),
  frameworks: z.array(ZFrameworkRef),
});

export const ZQuestion = z
  .object({
    /** Stable forever: answers are stored against it. Format `<domain-prefix>.<slug>`. */
    key: z.string().regex(/^[a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/),
    text: ZI18nText,
    guidance: ZI18nText,
    weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    answer: ZAnswerModel,
    appliesIf: ZAppliesIf.optional(),
    /** Whether the answerer may declare it not applicable (always with a justification). */
    allowNotApplicable: z.boolean(),
    remediation: z.array(ZRemediationStep),
    sources: ZSources,
  })
  .superRefine((question, ctx) => {
    const top = question.answer.levels.length - 1;
    const from = question.remediation.map((step) => step.fromLevel).sort((a, b) => a - b);
    const expected = Array.from({ length: top }, (_, level) => level);
    if (from.join() !== expected.join()) {
      ctx.addIssue({ code: "custom", message: `remediation must have exactly one step from each level 0..${top - 1}`, path: ["remediation"] });
    }
  });
export type TQuestion = z.infer<typeof ZQuestion>;

/** One domain's content file: the questions of each questionnaire for that domain. */
export const ZDomainContent = z.object({
  domain: ZDomainKey,
  corporate: z.array(ZQuestion).min(1),
  university: z.array(ZQuestion).min(1),
});
export type TDomainContent = z.infer<typeof ZDomainContent>;
