// Assessment input, shared by the forms and the server. Messages are message-file keys.
import { z } from "zod";
import { ZDomainKey, ZQuestionnaireKey } from "@/lib/questionnaires/schema";
import { ZAnswerValue, type TAnswerValue } from "./answer";
import { ZId } from "./ids";

export const ZQuestionKey = z.string().max(120).regex(/^[a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/, "errors.unknownQuestion");
const ZProfileKey = z.string().max(60).regex(/^[a-z][a-zA-Z0-9]*$/);

/** A calendar date from a date input, or "" for none. */
const ZOptionalDate = z.union([z.iso.date("validation.date"), z.literal("")]);

export const ZStartAssessmentInput = z.object({
  organizationId: ZId,
  questionnaireKey: z.enum(ZQuestionnaireKey.options, "validation.choose"),
  title: z.string().trim().min(1, "validation.required").max(120, "validation.tooLong"),
  dueDate: ZOptionalDate.optional(),
  /** The part of the organization assessed (a subsidiary, a faculty); empty for the whole. */
  orgUnitName: z.string().trim().max(80, "validation.tooLong").optional(),
});
export type TStartAssessmentInput = z.infer<typeof ZStartAssessmentInput>;

export const ZAssignDomainInput = z
  .object({
    organizationId: ZId,
    assessmentId: ZId,
    domain: ZDomainKey,
    assigneeId: ZId.nullable(),
    dueDate: ZOptionalDate.optional(),
  })
  .refine((input) => input.assigneeId !== null || !input.dueDate, { message: "validation.assignFirst", path: ["dueDate"] });
export type TAssignDomainInput = z.infer<typeof ZAssignDomainInput>;

export const ZSaveProfileInput = z.object({
  organizationId: ZId,
  assessmentId: ZId,
  // At least one answer: an empty record (e.g. one whose only key was "__proto__") saves nothing.
  profile: z.record(ZProfileKey, z.boolean()).refine((profile) => Object.keys(profile).length > 0, "validation.required"),
});

export { ZAnswerValue, type TAnswerValue };

export const ZSaveAnswerInput = z.object({
  organizationId: ZId,
  assessmentId: ZId,
  questionKey: ZQuestionKey,
  /** The answer version the edit started from; 0 when there was no answer yet. */
  baseVersion: z.number().int().min(0),
  answer: ZAnswerValue,
});
export type TSaveAnswerInput = z.infer<typeof ZSaveAnswerInput>;
