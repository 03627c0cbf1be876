// The audit trail as a table: when, who, what, and the change.
import { getFormatter, getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";

type TAuditRow = {
  id: string;
  action: string;
  targetType: string;
  changes: unknown;
  createdAt: Date;
  actor: { name: string; email: string } | null;
  /** For account events (sign-ins…): whose account, also when nobody signed in (a failed attempt). */
  account?: { name: string; email: string } | null;
};

type TTranslate = (key: string) => string;

const ROLE_VALUES = ["OWNER", "ASSESSOR", "CONTRIBUTOR", "VIEWER"];
const STATUS_VALUES = ["PROFILE", "IN_PROGRESS", "IN_REVIEW", "APPROVED"];
const ACTION_STATUS_VALUES = ["OPEN", "IN_PROGRESS", "DONE", "RISK_ACCEPTED"];

/** Role and status names in the reader's language; other values as recorded. */
function describeValue(value: unknown, t: TTranslate, targetType: string): string {
  if (value === null || value === undefined) return "—";
  const text = String(value);
  if (ROLE_VALUES.includes(text)) return t(`roles.${text}.name`);
  // Assessments and remediation actions both have an IN_PROGRESS status, in different words.
  if (targetType === "RemediationAction" && ACTION_STATUS_VALUES.includes(text)) return t(`plan.statuses.${text}`);
  if (STATUS_VALUES.includes(text)) return t(`assessments.statuses.${text}`);
  return text;
}

function describeChanges(changes: unknown, t: TTranslate, targetType: string): string {
  if (!changes || typeof changes !== "object") return "";
  return Object.entries(changes as Record<string, unknown>)
    .filter(([field]) => field !== "userId")
    .map(([field, value]) =>
      Array.isArray(value) && value.length === 2
        ? `${field}: ${describeValue(value[0], t, targetType)} → ${describeValue(value[1], t, targetType)}`
        : `${field}: ${describeValue(value, t, targetType)}`,
    )
    .join(", ");
}

export async function AuditTable({ entries, caption }: { entries: TAuditRow[]; caption?: string }) {
  const [t, tAll, format] = await Promise.all([getTranslations("audit"), getTranslations(), getFormatter()]);
  if (entries.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <Table caption={caption ?? t("caption")} headers={[t("time"), t("actor"), t("action"), t("details")]}>
      {entries.map((entry) => (
        <tr key={entry.id}>
          <td className="whitespace-nowrap text-slate-700">{format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
          <td>{entry.actor?.name ?? entry.account?.name ?? t("system")}</td>
          <td>{t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}`) : entry.action}</td>
          <td className="text-slate-700">{describeChanges(entry.changes, tAll as TTranslate, entry.targetType)}</td>
        </tr>
      ))}
    </Table>
  );
}
