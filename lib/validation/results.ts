// Input of the results pages (targets, remediation actions, exports), shared by forms and server.
// Messages are message-file keys.
import { z } from "zod";
import { ZDomainKey } from "@/lib/questionnaires/schema";
import { ZId } from "./ids";

export const ZSetDomainTargetInput = z
  .object({
    organizationId: ZId,
    assessmentId: ZId,
    domain: ZDomainKey,
    /** null: back to the target the profile gives. */
    targetLevel: z.number("validation.choose").int().min(1, "validation.choose").max(4, "validation.choose").nullable(),
    reason: z.string().trim().max(500, "validation.tooLong").optional(),
  })
  .refine((input) => input.targetLevel === null || Boolean(input.reason), { message: "validation.reasonRequired", path: ["reason"] });
export type TSetDomainTargetInput = z.infer<typeof ZSetDomainTargetInput>;

export const REMEDIATION_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "RISK_ACCEPTED"] as const;
export const ZRemediationStatus = z.enum(REMEDIATION_STATUSES, "validation.choose");

/** The editable fields of a remediation action; contributors may send only status, reason and notes. */
export const ZActionFields = z
  .object({
    ownerId: ZId.nullable(),
    dueDate: z.union([z.iso.date("validation.date"), z.literal("")]),
    status: ZRemediationStatus,
    riskAcceptedReason: z.string().trim().max(1000, "validation.tooLong"),
    notes: z.string().trim().max(2000, "validation.tooLong"),
  })
  .partial()
  .refine((fields) => fields.status !== "RISK_ACCEPTED" || Boolean(fields.riskAcceptedReason), { message: "validation.reasonRequired", path: ["riskAcceptedReason"] });
export type TActionFields = z.infer<typeof ZActionFields>;

export const ZUpdateActionInput = z.object({
  organizationId: ZId,
  assessmentId: ZId,
  actionId: ZId,
  /** The action's version the edit started from. */
  version: z.number().int().min(1),
  fields: ZActionFields,
});
export type TUpdateActionInput = z.infer<typeof ZUpdateActionInput>;

export const ZExportQuery = z.object({
  format: z.enum(["pdf", "csv", "xlsx"]),
  locale: z.enum(["ja", "en"]).default("ja"),
  /** Which table a CSV holds; XLSX holds them all. */
  sheet: z.enum(["domains", "answers", "gaps", "actions"]).default("gaps"),
});
export type TExportQuery = z.infer<typeof ZExportQuery>;
