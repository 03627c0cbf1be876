// Members and invitations; owners manage them, everyone else reads.
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import { MemberRoleSelect, RemoveMemberButton, RevokeInvitationButton } from "@/components/members/member-controls";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { requirePageMembership } from "@/lib/authz/page-membership";
import { can } from "@/lib/authz/roles";
import { listMembers } from "@/lib/members/list-members";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("organizationNav", "members");

export default async function MembersPage({ params }: PageProps<"/[locale]/orgs/[orgId]/members">) {
  const { locale, orgId } = await params;
  setRequestLocale(locale);
  const membership = await requirePageMembership(orgId, `/orgs/${orgId}/members`);
  const [{ members, invitations }, t, tRoles, format] = await Promise.all([
    listMembers(membership),
    getTranslations("members"),
    getTranslations("roles"),
    getFormatter(),
  ]);
  const manages = can(membership.role, "member.manage");
  const invites = can(membership.role, "member.invite");

  return (
    <div className="space-y-6">
      <Card className="space-y-4">
        <CardTitle>{t("title", { count: members.length })}</CardTitle>
        <Table
          caption={t("caption")}
          headers={[t("name"), t("email"), t("role"), ...(manages ? [<span key="actions" className="sr-only">{t("actions")}</span>] : [])]}
        >
          {members.map((member) => (
            <tr key={member.id}>
              <td className="font-medium text-slate-900">
                {member.user.name}
                {member.user.id === membership.userId && <span className="ml-2 text-xs text-slate-600">{t("you")}</span>}
              </td>
              <td className="text-slate-700">{member.user.email}</td>
              <td>
                {manages ? (
                  <MemberRoleSelect organizationId={orgId} membershipId={member.id} role={member.role} memberName={member.user.name} />
                ) : (
                  <Badge>{tRoles(`${member.role}.name`)}</Badge>
                )}
              </td>
              {manages && (
                <td className="text-right">
                  <RemoveMemberButton organizationId={orgId} membershipId={member.id} memberName={member.user.name} />
                </td>
              )}
            </tr>
          ))}
        </Table>
      </Card>

      {invites && (
        <Card className="space-y-4">
          <div className="space-y-1">
            <CardTitle>{t("inviteTitle")}</CardTitle>
            <p className="text-sm text-slate-700">{t("inviteHint")}</p>
          </div>
          <InviteMemberForm organizationId={orgId} />
        </Card>
      )}

      {invites && invitations.length > 0 && (
        <Card className="space-y-3">
          <CardTitle>{t("pendingTitle")}</CardTitle>
          <ul className="divide-y divide-slate-100">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
                <span className="font-medium text-slate-900">{invitation.email}</span>
                <Badge>{tRoles(`${invitation.role}.name`)}</Badge>
                <span className="text-slate-700">{t("expires", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium" }) })}</span>
                <RevokeInvitationButton organizationId={orgId} invitationId={invitation.id} email={invitation.email} />
              </li>
            ))}
          </ul>
        </Card>
      )}

      <Card className="space-y-3">
        <CardTitle>{t("rolesTitle")}</CardTitle>
        <dl className="grid gap-3 sm:grid-cols-2">
          {(["OWNER", "ASSESSOR", "CONTRIBUTOR", "VIEWER"] as const).map((role) => (
            <div key={role}>
              <dt className="font-medium text-slate-900">{tRoles(`${role}.name`)}</dt>
              <dd className="text-sm text-slate-700">{tRoles(`${role}.description`)}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
