"use server";
// Creating and editing organizations.
import { authActionClient, requirePermission } from "./safe-action";
import { ZCreateOrganizationInput, ZUpdateOrganizationInput } from "@/lib/validation/organization";
import { createOrganization } from "@/lib/organizations/create-organization";
import { updateOrganization } from "@/lib/organizations/update-organization";

export const createOrganizationAction = authActionClient
  .inputSchema(ZCreateOrganizationInput)
  .action(({ ctx, parsedInput }) => createOrganization(ctx.user.id, parsedInput));

export const updateOrganizationAction = authActionClient
  .inputSchema(ZUpdateOrganizationInput)
  .useValidated(requirePermission("organization.update"))
  .action(async ({ ctx, parsedInput }) => {
    await updateOrganization(ctx.membership, parsedInput);
    return { saved: true };
  });
