// The audit trail as a table: when, who, what, and the change.
import { getFormatter, getTranslations } from "next-intl/server";

type TAuditRow = {
  id: string;
  action: string;
  targetType: string;
  changes: unknown;
  createdAt: Date;
  actor: { name: string; email: string } | null;
};

type TTranslate = (key: string) => string;

const ROLE_VALUES = ["OWNER", "ASSESSOR", "CONTRIBUTOR", "VIEWER"];
const STATUS_VALUES = ["PROFILE", "IN_PROGRESS", "IN_REVIEW", "APPROVED"];

/** Role and status names in the reader's language; other values as recorded. */
function describeValue(value: unknown, t: TTranslate): string {
  if (value === null || value === undefined) return "—";
  const text = String(value);
  if (ROLE_VALUES.includes(text)) return t(`roles.${text}.name`);
  if (STATUS_VALUES.includes(text)) return t(`assessments.statuses.${text}`);
  return text;
}

function describeChanges(changes: unknown, t: TTranslate): string {
  if (!changes || typeof changes !== "object") return "";
  return Object.entries(changes as Record<string, unknown>)
    .filter(([field]) => field !== "userId")
    .map(([field, value]) =>
      Array.isArray(value) && value.length === 2
        ? `${field}: ${describeValue(value[0], t)} → ${describeValue(value[1], t)}`
        : `${field}: ${describeValue(value, t)}`,
    )
    .join(", ");
}

export async function AuditTable({ entries }: { entries: TAuditRow[] }) {
  const [t, tAll, format] = await Promise.all([getTranslations("audit"), getTranslations(), getFormatter()]);
  if (entries.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-slate-200 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">{t("time")}</th>
            <th scope="col" className="py-2 pr-4 font-medium">{t("actor")}</th>
            <th scope="col" className="py-2 pr-4 font-medium">{t("action")}</th>
            <th scope="col" className="py-2 font-medium">{t("details")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="whitespace-nowrap py-2 pr-4 text-slate-700">{format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="py-2 pr-4">{entry.actor?.name ?? t("system")}</td>
              <td className="py-2 pr-4">{t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}`) : entry.action}</td>
              <td className="py-2 text-slate-700">{describeChanges(entry.changes, tAll as TTranslate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
