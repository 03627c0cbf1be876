// Member and invitation input, shared by the forms and the server.
import { z } from "zod";
import { ROLES } from "@/lib/authz/roles";
import { ZEmail } from "./auth";
import { ZId } from "./ids";

export const ZRole = z.enum(ROLES, "validation.choose");

export const ZInviteMemberInput = z.object({
  organizationId: ZId,
  email: ZEmail,
  role: ZRole,
});
export type TInviteMemberInput = z.infer<typeof ZInviteMemberInput>;

export const ZChangeMemberRoleInput = z.object({ organizationId: ZId, membershipId: ZId, role: ZRole });
export const ZRemoveMemberInput = z.object({ organizationId: ZId, membershipId: ZId });
export const ZRevokeInvitationInput = z.object({ organizationId: ZId, invitationId: ZId });

/** Invitation tokens are 32 random bytes, base64url. */
export const ZInvitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "errors.invitationInvalid");
export const ZAcceptInvitationInput = z.object({ token: ZInvitationToken });
