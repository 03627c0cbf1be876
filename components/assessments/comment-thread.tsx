"use client";
// Comments on one question; "@name" mentions a colleague by the start of their email address.
import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { addCommentAction } from "@/lib/actions/assessments";
import { useRouter } from "@/lib/i18n/navigation";

export type TCommentItem = { id: string; body: string; author: string; createdAt: Date };

type TProps = { organizationId: string; assessmentId: string; questionKey: string; comments: TCommentItem[]; canComment: boolean };

export function CommentThread({ organizationId, assessmentId, questionKey, comments, canComment }: TProps) {
  const t = useTranslations("comments");
  const format = useFormatter();
  const message = useMessageKey();
  const router = useRouter();
  const [body, setBody] = useState("");
  const { execute, isPending, result } = useAction(addCommentAction, {
    onSuccess: () => {
      setBody("");
      router.refresh();
    },
  });
  const inputId = `${questionKey}-comment`;
  return (
    <div className="space-y-2 border-t border-slate-100 pt-3">
      <h4 className="text-sm font-medium text-slate-900">{t("title", { count: comments.length })}</h4>
      {comments.length > 0 && (
        <ul className="space-y-2 text-sm">
          {comments.map((comment) => (
            <li key={comment.id} className="rounded-md bg-slate-50 px-3 py-2">
              <p className="text-xs text-slate-600">
                {comment.author} · {format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              <p className="whitespace-pre-wrap text-slate-900">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      {canComment && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            execute({ organizationId, assessmentId, questionKey, body });
          }}
          className="space-y-2"
        >
          <label htmlFor={inputId} className="sr-only">
            {t("label")}
          </label>
          <textarea id={inputId} rows={2} value={body} onChange={(event) => setBody(event.target.value)} placeholder={t("placeholder")} className={controlClass} />
          {result.serverError && (
            <p role="alert" className="text-sm text-red-700">
              {message(result.serverError)}
            </p>
          )}
          <Button type="submit" size="sm" variant="secondary" disabled={isPending || !body.trim()}>
            {t("post")}
          </Button>
        </form>
      )}
    </div>
  );
}
