// Evidence input: a link (http/https only) or a file, attached to one question.
import { z } from "zod";
import { ZQuestionKey } from "./assessment";

export const ZAddEvidenceInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("LINK"),
    questionKey: ZQuestionKey,
    url: z.url({ protocol: /^https?$/, error: "validation.url" }).max(2000, "validation.tooLong"),
    name: z.string().trim().max(200, "validation.tooLong").optional(),
  }),
  z.object({
    kind: z.literal("FILE"),
    questionKey: ZQuestionKey,
    file: z.instanceof(File, { error: "validation.required" }),
  }),
]);
