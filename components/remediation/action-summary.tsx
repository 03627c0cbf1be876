// A remediation action as text, for those who read the plan but do not edit it.
import { getFormatter, getTranslations } from "next-intl/server";

type TProps = { ownerName: string | null; dueDate: Date | null; status: "OPEN" | "IN_PROGRESS" | "DONE" | "RISK_ACCEPTED"; riskAcceptedReason: string | null; notes: string | null };

export async function ActionSummary({ ownerName, dueDate, status, riskAcceptedReason, notes }: TProps) {
  const [t, format] = await Promise.all([getTranslations("plan"), getFormatter()]);
  const rows: [string, string][] = [
    [t("owner"), ownerName ?? t("noOwner")],
    [t("dueDate"), dueDate ? format.dateTime(dueDate, { dateStyle: "medium" }) : "—"],
    [t("status"), t(`statuses.${status}`)],
    ...(status === "RISK_ACCEPTED" ? [[t("riskAcceptedReason"), riskAcceptedReason ?? "—"] as [string, string]] : []),
    ...(notes ? [[t("notes"), notes] as [string, string]] : []),
  ];
  return (
    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-700">{term}</dt>
          <dd className="whitespace-pre-wrap text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
