"use client";
// Accepts an invitation and opens the organization.
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useMessageKey } from "@/components/ui/use-message-key";
import { acceptInvitationAction } from "@/lib/actions/members";
import { useRouter } from "@/lib/i18n/navigation";

export function AcceptInvitationButton({ token }: { token: string }) {
  const t = useTranslations("invitation");
  const message = useMessageKey();
  const router = useRouter();
  const { execute, isPending, hasSucceeded, result } = useAction(acceptInvitationAction, {
    onSuccess: ({ data }) => {
      if (data) router.push(`/orgs/${data.organizationId}`);
    },
  });
  return (
    <div className="space-y-3">
      {result.serverError && <Alert tone="error">{message(result.serverError)}</Alert>}
      <Button className="w-full" disabled={isPending || hasSucceeded} onClick={() => execute({ token })}>
        {isPending || hasSucceeded ? t("accepting") : t("accept")}
      </Button>
    </div>
  );
}
