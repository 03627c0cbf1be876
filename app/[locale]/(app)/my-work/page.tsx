// My work: domains to answer and assessments to review, across every organization.
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireSessionUser } from "@/lib/auth/session";
import { listMyWork } from "@/lib/assessments/list-my-work";
import { listMentions } from "@/lib/comments/list-comments";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { titleFrom } from "@/lib/i18n/page-title";
import { DOMAINS } from "@/lib/questionnaires/domains";
import { ZDomainKey } from "@/lib/questionnaires/schema";

export const generateMetadata = titleFrom("myWork", "title");

export default async function MyWorkPage({ params }: PageProps<"/[locale]/my-work">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireSessionUser("/my-work");
  const [items, mentions, t, format] = await Promise.all([listMyWork(user.id), listMentions(user.id), getTranslations("myWork"), getFormatter()]);
  const now = new Date();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("subtitle")}</p>
      </div>
      {items.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-700">{t("empty")}</p>
        </Card>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => {
            const domain = ZDomainKey.safeParse(item.domain);
            const base = `/orgs/${item.organizationId}/assessments/${item.assessmentId}`;
            const overdue = item.dueDate !== null && item.dueDate < now;
            return (
              <li key={`${item.kind}-${item.assessmentId}-${item.questionKey ?? item.domain}`}>
                <Link
                  href={item.kind === "action" ? `${base}/plan?mine=1` : domain.success ? `${base}/domains/${domain.data}` : base}
                  className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-700"
                >
                  <Badge className={item.kind === "review" ? "bg-brand-50 text-brand-800" : item.kind === "action" ? "bg-amber-50 text-amber-900" : undefined}>{t(item.kind)}</Badge>
                  <span className="font-medium text-slate-900">{domain.success ? localized(DOMAINS[domain.data].title, locale) : item.assessmentTitle}</span>
                  <span className="text-sm text-slate-700">
                    {domain.success ? `${item.assessmentTitle} · ` : ""}
                    {item.organizationName}
                  </span>
                  <span className={overdue ? "ml-auto text-sm font-semibold text-red-700" : "ml-auto text-sm text-slate-700"}>
                    {item.dueDate ? t(overdue ? "overdue" : "due", { date: format.dateTime(item.dueDate, { dateStyle: "medium" }) }) : t("noDueDate")}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {mentions.length > 0 && (
        <section aria-labelledby="mentions" className="space-y-3">
          <h2 id="mentions" className="text-lg font-semibold">
            {t("mentionsTitle")}
          </h2>
          <ul className="space-y-2">
            {mentions.map((mention) => (
              <li key={mention.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
                <p className="text-slate-700">
                  {t("mentionedBy", { author: mention.author.name, assessment: mention.assessment.title })} · {mention.assessment.organization.name} ·{" "}
                  {format.dateTime(mention.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
                <p className="mt-1 whitespace-pre-wrap text-slate-900">{mention.body}</p>
                <Link href={`/orgs/${mention.assessment.organization.id}/assessments/${mention.assessment.id}`} className="mt-1 inline-block text-brand-700 underline">
                  {mention.questionKey}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
