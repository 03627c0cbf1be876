"use server";
// Starting assessments, their profile, and who answers which domain.
import { z } from "zod";
import { authActionClient, requirePermission } from "./safe-action";
import { ZAssignDomainInput, ZQuestionKey, ZStartAssessmentInput, ZSaveProfileInput } from "@/lib/validation/assessment";
import { ZId } from "@/lib/validation/ids";
import { startAssessment } from "@/lib/assessments/start-assessment";
import { saveProfile } from "@/lib/assessments/save-profile";
import { assignDomain } from "@/lib/assessments/assign-domain";
import { reviewAssessment } from "@/lib/assessments/review-assessment";
import { reopenAssessment } from "@/lib/assessments/reopen-assessment";
import { addComment } from "@/lib/comments/add-comment";
import { setContributorAccess } from "@/lib/assessments/set-contributor-access";

export const startAssessmentAction = authActionClient
  .inputSchema(ZStartAssessmentInput)
  .useValidated(requirePermission("assessment.create"))
  .action(({ ctx, parsedInput }) => startAssessment(ctx.membership, parsedInput));

export const saveProfileAction = authActionClient
  .inputSchema(ZSaveProfileInput)
  .useValidated(requirePermission("assessment.assign"))
  .action(({ ctx, parsedInput }) => saveProfile(ctx.membership, parsedInput));

export const assignDomainAction = authActionClient
  .inputSchema(ZAssignDomainInput)
  .useValidated(requirePermission("assessment.assign"))
  .action(async ({ ctx, parsedInput }) => {
    await assignDomain(ctx.membership, parsedInput);
    return { saved: true };
  });

export const reviewAssessmentAction = authActionClient
  .inputSchema(
    z.object({
      organizationId: ZId,
      assessmentId: ZId,
      event: z.enum(["submit", "approve", "return"]),
      comment: z.string().trim().max(2000, "validation.tooLong").optional(),
    }),
  )
  .useValidated(requirePermission("assessment.review"))
  .action(async ({ ctx, parsedInput }) => {
    await reviewAssessment(ctx.membership, parsedInput);
    return { saved: true };
  });

export const reopenAssessmentAction = authActionClient
  .inputSchema(z.object({ organizationId: ZId, assessmentId: ZId }))
  .useValidated(requirePermission("assessment.review"))
  .action(({ ctx, parsedInput }) => reopenAssessment(ctx.membership, parsedInput));

export const addCommentAction = authActionClient
  .inputSchema(z.object({ organizationId: ZId, assessmentId: ZId, questionKey: ZQuestionKey, body: z.string().trim().min(1, "validation.required").max(2000, "validation.tooLong") }))
  .useValidated(requirePermission("assessment.answer"))
  .action(({ ctx, parsedInput }) => addComment(ctx.membership, parsedInput));

export const setContributorAccessAction = authActionClient
  .inputSchema(z.object({ organizationId: ZId, assessmentId: ZId, readAll: z.boolean() }))
  .useValidated(requirePermission("assessment.assign"))
  .action(async ({ ctx, parsedInput }) => {
    await setContributorAccess(ctx.membership, parsedInput);
    return { saved: true };
  });
