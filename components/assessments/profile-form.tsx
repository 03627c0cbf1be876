"use client";
// The profile questions (yes / no) that decide which questions of the assessment apply.
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useMessageKey } from "@/components/ui/use-message-key";
import { saveProfileAction } from "@/lib/actions/assessments";
import { useRouter } from "@/lib/i18n/navigation";

type TProfileQuestionView = { key: string; text: string; guidance: string };

export function ProfileForm({ organizationId, assessmentId, questions, initial, readOnly }: { organizationId: string; assessmentId: string; questions: TProfileQuestionView[]; initial: Record<string, boolean>; readOnly: boolean }) {
  const t = useTranslations("assessments");
  const message = useMessageKey();
  const router = useRouter();
  const [profile, setProfile] = useState<Record<string, boolean>>(initial);
  const { execute, isPending, result, hasSucceeded } = useAction(saveProfileAction, { onSuccess: () => router.refresh() });
  const complete = questions.every((question) => typeof profile[question.key] === "boolean");
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        execute({ organizationId, assessmentId, profile });
      }}
      className="space-y-4"
    >
      {result.serverError && <Alert tone="error">{message(result.serverError)}</Alert>}
      {hasSucceeded && <Alert tone="success">{t("profileSaved")}</Alert>}
      {questions.map((question) => (
        <fieldset key={question.key} disabled={readOnly} className="rounded-md border border-slate-200 bg-white p-4">
          <legend className="px-1 font-medium text-slate-900">{question.text}</legend>
          <p className="mb-2 text-sm text-slate-700">{question.guidance}</p>
          <div className="flex gap-6 text-sm">
            {[true, false].map((value) => (
              <label key={String(value)} className="flex items-center gap-2">
                <input type="radio" name={question.key} checked={profile[question.key] === value} onChange={() => setProfile({ ...profile, [question.key]: value })} className="accent-brand-700" />
                {value ? t("yes") : t("no")}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {!readOnly && (
        <Button type="submit" disabled={isPending || !complete}>
          {isPending ? t("savingProfile") : t("saveProfile")}
        </Button>
      )}
    </form>
  );
}
