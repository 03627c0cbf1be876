"use client";
// An owner's controls on one member row: change role, remove; and revoke for an invitation.
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { changeMemberRoleAction, removeMemberAction, revokeInvitationAction } from "@/lib/actions/members";
import { ROLES, type TRole } from "@/lib/authz/roles";
import { useRouter } from "@/lib/i18n/navigation";

function ActionError({ error }: { error: string | undefined }) {
  const message = useMessageKey();
  return error ? (
    <p role="alert" className="text-xs text-red-700">
      {message(error)}
    </p>
  ) : null;
}

export function MemberRoleSelect({ organizationId, membershipId, role, memberName }: { organizationId: string; membershipId: string; role: TRole; memberName: string }) {
  const tRoles = useTranslations("roles");
  const t = useTranslations("members");
  const router = useRouter();
  const { execute, isPending, result } = useAction(changeMemberRoleAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-1">
      <Select
        aria-label={t("roleOf", { name: memberName })}
        defaultValue={role}
        disabled={isPending}
        className="h-9 w-44"
        onChange={(event) => execute({ organizationId, membershipId, role: event.target.value as TRole })}
      >
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {tRoles(`${option}.name`)}
          </option>
        ))}
      </Select>
      <ActionError error={result.serverError} />
    </div>
  );
}

export function RemoveMemberButton({ organizationId, membershipId, memberName }: { organizationId: string; membershipId: string; memberName: string }) {
  const t = useTranslations("members");
  const router = useRouter();
  const { execute, isPending, result } = useAction(removeMemberAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-1">
      <Button
        variant="ghost"
        size="sm"
        disabled={isPending}
        aria-label={t("removeNamed", { name: memberName })}
        onClick={() => {
          if (window.confirm(t("confirmRemove", { name: memberName }))) execute({ organizationId, membershipId });
        }}
      >
        {t("remove")}
      </Button>
      <ActionError error={result.serverError} />
    </div>
  );
}

export function RevokeInvitationButton({ organizationId, invitationId, email }: { organizationId: string; invitationId: string; email: string }) {
  const t = useTranslations("members");
  const router = useRouter();
  const { execute, isPending, result } = useAction(revokeInvitationAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-1">
      <Button variant="ghost" size="sm" disabled={isPending} aria-label={t("revokeNamed", { email })} onClick={() => execute({ organizationId, invitationId })}>
        {t("revoke")}
      </Button>
      <ActionError error={result.serverError} />
    </div>
  );
}
