// One question as a reviewer reads it: guidance, levels, when it applies, next steps, sources.
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { localized } from "@/lib/i18n/localized";
import type { TProfileQuestion, TQuestion } from "@/lib/questionnaires/schema";

export async function QuestionDetails({ question, profile, locale }: { question: TQuestion; profile: TProfileQuestion[]; locale: string }) {
  const t = await getTranslations("questionnaires");
  const profileText = (key: string) => {
    const found = profile.find((candidate) => candidate.key === key);
    return found ? localized(found.text, locale) : key;
  };
  const condition = question.appliesIf;
  return (
    <details className="group rounded-md border border-slate-200 bg-white open:shadow-sm">
      <summary className="flex cursor-pointer list-none items-start gap-3 p-4 focus-visible:outline-2 focus-visible:outline-brand-700">
        <span className="mt-0.5 font-mono text-xs text-slate-600">{question.key}</span>
        <span className="flex-1 font-medium text-slate-900">{localized(question.text, locale)}</span>
        <Badge>{t("weight", { weight: question.weight })}</Badge>
      </summary>
      <div className="space-y-4 border-t border-slate-100 p-4 text-sm">
        <p className="text-slate-800">
          <span className="font-medium">{t("guidance")}：</span>
          {localized(question.guidance, locale)}
        </p>
        <div className="space-y-1 text-slate-700">
          <p>
            {condition
              ? t("all" in condition ? "appliesIfAll" : "appliesIfAny", { conditions: ("all" in condition ? condition.all : condition.any).map(profileText).join(" / ") })
              : t("appliesAlways")}
          </p>
          {question.allowNotApplicable && <p>{t("notApplicableAllowed")}</p>}
        </div>
        <div>
          <h4 className="font-medium text-slate-900">{t(`answerKinds.${question.answer.kind}`)}</h4>
          <ol className="mt-1 space-y-1">
            {question.answer.levels.map((level, index) => (
              <li key={index} className="flex gap-2">
                <span className="w-5 shrink-0 font-mono text-slate-600">{index}</span>
                <span>{localized(level, locale)}</span>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h4 className="font-medium text-slate-900">{t("remediation")}</h4>
          <ul className="mt-1 space-y-1">
            {question.remediation.map((step) => (
              <li key={step.fromLevel}>
                <span className="font-mono text-slate-600">
                  {step.fromLevel}→{step.fromLevel + 1}
                </span>{" "}
                {localized(step.text, locale)}{" "}
                <span className="text-slate-600">({t("stepMeta", { effort: t(`effort.${step.effort}`), owner: t(`ownerRoles.${step.ownerRole}`) })})</span>
              </li>
            ))}
          </ul>
        </div>
        <p className="text-slate-700">
          <span className="font-medium">{t("sources")}：</span>
          {[...question.sources.recommendations, ...question.sources.frameworks.map((reference) => `${reference.framework} ${reference.id}`)].join(" · ")}
        </p>
      </div>
    </details>
  );
}
