"use server";
// Inviting members, changing their roles, removing them.
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { authActionClient, requirePermission } from "./safe-action";
import {
  ZChangeMemberRoleInput,
  ZInviteMemberInput,
  ZRemoveMemberInput,
  ZRevokeInvitationInput,
  ZAcceptInvitationInput,
} from "@/lib/validation/member";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import { sendInvitationEmail } from "@/lib/mail/send-invitation-email";
import { publicBaseUrl } from "@/lib/http/public-base-url";
import type { TLocale } from "@/lib/i18n/routing";

export const inviteMemberAction = authActionClient
  .inputSchema(ZInviteMemberInput)
  .useValidated(requirePermission("member.invite"))
  .action(async ({ ctx, parsedInput }) => {
    const { token, expiresAt } = await createInvitation(ctx.membership, parsedInput);
    const locale = (await getLocale()) as TLocale;
    const link = `${publicBaseUrl(await headers())}/${locale}/invitations/${token}`;
    const delivery = await sendInvitationEmail({
      to: parsedInput.email,
      link,
      organizationName: ctx.membership.organization.name,
      inviterName: ctx.user.name,
      locale,
    });
    // Without a mail server the owner hands the link over; with one it stays out of the page.
    return { delivery, link: delivery === "linkOnly" ? link : null, expiresAt: expiresAt.toISOString() };
  });

export const revokeInvitationAction = authActionClient
  .inputSchema(ZRevokeInvitationInput)
  .useValidated(requirePermission("member.invite"))
  .action(async ({ ctx, parsedInput }) => {
    await revokeInvitation(ctx.membership, parsedInput);
    return { revoked: true };
  });

export const changeMemberRoleAction = authActionClient
  .inputSchema(ZChangeMemberRoleInput)
  .useValidated(requirePermission("member.manage"))
  .action(async ({ ctx, parsedInput }) => {
    await changeMemberRole(ctx.membership, parsedInput);
    return { saved: true };
  });

export const removeMemberAction = authActionClient
  .inputSchema(ZRemoveMemberInput)
  .useValidated(requirePermission("member.manage"))
  .action(async ({ ctx, parsedInput }) => {
    await removeMember(ctx.membership, parsedInput);
    return { removed: true };
  });

export const acceptInvitationAction = authActionClient
  .inputSchema(ZAcceptInvitationInput)
  .action(({ ctx, parsedInput }) => acceptInvitation(ctx.user, parsedInput.token));
