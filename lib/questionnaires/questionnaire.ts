// A whole questionnaire version: profile, then the ten domains with their questions.
import { z } from "zod";
import { ZDomainKey, ZI18nText, ZProfileQuestion, ZQuestion, ZQuestionnaireKey, DOMAIN_KEYS, type TAppliesIf } from "./schema";

export const ZQuestionnaireDomain = z.object({
  key: ZDomainKey,
  title: ZI18nText,
  description: ZI18nText,
  questions: z.array(ZQuestion).min(1),
});
export type TQuestionnaireDomain = z.infer<typeof ZQuestionnaireDomain>;

function profileKeysOf(condition: TAppliesIf): string[] {
  return "all" in condition ? condition.all : condition.any;
}

export const ZQuestionnaire = z
  .object({
    key: ZQuestionnaireKey,
    version: z.number().int().positive(),
    title: ZI18nText,
    description: ZI18nText,
    profile: z.array(ZProfileQuestion).min(1),
    domains: z.array(ZQuestionnaireDomain).length(DOMAIN_KEYS.length),
  })
  .superRefine((questionnaire, ctx) => {
    const profileKeys = new Set(questionnaire.profile.map((question) => question.key));
    if (profileKeys.size !== questionnaire.profile.length) ctx.addIssue({ code: "custom", message: "profile keys must be unique", path: ["profile"] });
    const seen = new Set<string>();
    questionnaire.domains.forEach((domain, domainIndex) => {
      if (domain.key !== DOMAIN_KEYS[domainIndex]) ctx.addIssue({ code: "custom", message: `domain ${domainIndex} must be ${DOMAIN_KEYS[domainIndex]}`, path: ["domains", domainIndex] });
      domain.questions.forEach((question, questionIndex) => {
        const path = ["domains", domainIndex, "questions", questionIndex];
        if (seen.has(question.key)) ctx.addIssue({ code: "custom", message: `duplicate question key ${question.key}`, path });
        seen.add(question.key);
        for (const key of question.appliesIf ? profileKeysOf(question.appliesIf) : []) {
          if (!profileKeys.has(key)) ctx.addIssue({ code: "custom", message: `${question.key}: unknown profile key ${key}`, path: [...path, "appliesIf"] });
        }
      });
    });
  });
export type TQuestionnaire = z.infer<typeof ZQuestionnaire>;

export function questionsOf(questionnaire: TQuestionnaire) {
  return questionnaire.domains.flatMap((domain) => domain.questions.map((question) => ({ ...question, domain: domain.key })));
}
