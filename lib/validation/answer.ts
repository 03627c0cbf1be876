// One answer as the answering form and the autosave route check it. On its own so that the
// answering page, which validates in the browser, builds this schema and no other.
import { z } from "zod";

export const ZAnswerValue = z
  .object({
    level: z.number().int().min(0).max(4).nullable(),
    notApplicable: z.boolean(),
    justification: z.string().trim().max(2000, "validation.tooLong").optional(),
    note: z.string().max(5000, "validation.tooLong").optional(),
  })
  .superRefine((answer, ctx) => {
    if (answer.notApplicable && !answer.justification) {
      ctx.addIssue({ code: "custom", message: "validation.justificationRequired", path: ["justification"] });
    }
    if (answer.notApplicable && answer.level !== null) {
      ctx.addIssue({ code: "custom", message: "validation.invalid", path: ["level"] });
    }
  });
export type TAnswerValue = z.infer<typeof ZAnswerValue>;
