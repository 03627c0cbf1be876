"use server";
// Targets and the remediation plan.
import { z } from "zod";
import { authActionClient, requirePermission } from "./safe-action";
import { ZId } from "@/lib/validation/ids";
import { ZSetDomainTargetInput, ZUpdateActionInput } from "@/lib/validation/results";
import { setDomainTarget } from "@/lib/results/set-domain-target";
import { draftPlan } from "@/lib/remediation/draft-plan";
import { updateRemediationAction } from "@/lib/remediation/update-action";

export const setDomainTargetAction = authActionClient
  .inputSchema(ZSetDomainTargetInput)
  .useValidated(requirePermission("target.set"))
  .action(async ({ ctx, parsedInput }) => {
    await setDomainTarget(ctx.membership, parsedInput);
    return { saved: true };
  });

export const draftPlanAction = authActionClient
  .inputSchema(z.object({ organizationId: ZId, assessmentId: ZId }))
  .useValidated(requirePermission("plan.manage"))
  .action(({ ctx, parsedInput }) => draftPlan(ctx.membership, parsedInput));

export const updateRemediationActionAction = authActionClient
  .inputSchema(ZUpdateActionInput)
  .useValidated(requirePermission("plan.update"))
  .action(({ ctx, parsedInput }) => updateRemediationAction(ctx.membership, parsedInput));
