"use client";
// One question: pick a level (or "not applicable" with a reason), add a note; every change is
// saved on its own. Number keys 0–4 choose a level while the question has focus.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { cn } from "@/lib/cn";
import { ZAnswerValue, type TAnswerValue } from "@/lib/validation/answer";
import type { TSaveState } from "./autosave-queue";
import { useAutosave } from "./autosave-provider";
import { SaveStatus } from "./save-status";

export type TQuestionView = {
  key: string;
  number: string;
  text: string;
  guidance: string;
  levels: string[];
  allowNotApplicable: boolean;
};

type TProps = {
  question: TQuestionView;
  stored: (TAnswerValue & { version: number }) | null;
  readOnly: boolean;
  /** Rendered below the answer: the question's evidence. */
  children?: ReactNode;
};

const EMPTY: TAnswerValue = { level: null, notApplicable: false, justification: "", note: "" };

export function QuestionAnswer({ question, stored, readOnly, children }: TProps) {
  const t = useTranslations("answering");
  const message = useMessageKey();
  const { queue, subscribe } = useAutosave();
  const [state, setState] = useState<TSaveState | null>(null);
  const form = useForm<TAnswerValue>({ resolver: zodResolver(ZAnswerValue), defaultValues: { ...EMPTY, ...(stored ?? {}) } });
  const notApplicable = useWatch({ control: form.control, name: "notApplicable" });
  const level = useWatch({ control: form.control, name: "level" });

  useEffect(() => {
    if (stored) queue.rememberVersion(question.key, stored.version);
  }, [queue, question.key, stored]);

  useEffect(
    () =>
      subscribe(question.key, (next) => {
        // An edit still queued in this browser (offline, or reloaded before it was sent) wins
        // over what the server rendered; it is sent when the network allows.
        if (next.kind === "pending") {
          form.reset({ ...EMPTY, ...next.answer });
          setState({ kind: "offline" });
        } else setState(next);
      }),
    [subscribe, question.key, form],
  );

  async function save() {
    if (readOnly || !(await form.trigger())) return;
    const values = form.getValues();
    const answer = { ...values, level: values.notApplicable ? null : values.level, justification: values.notApplicable ? values.justification : undefined };
    queue.enqueueEdit(question.key, answer);
    setState({ kind: "saving" });
  }

  function chooseLevel(value: number) {
    form.setValue("level", value);
    form.setValue("notApplicable", false);
    void save();
  }

  function onNotApplicableChange(event: ChangeEvent<HTMLInputElement>) {
    // "Not applicable" replaces a chosen level; the schema refuses both at once.
    if (event.target.checked) form.setValue("level", null);
    void save();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      // Alt+↓ / Alt+↑: next or previous question.
      event.preventDefault();
      const all = [...document.querySelectorAll<HTMLElement>("[data-question]")];
      all[all.indexOf(event.currentTarget) + (event.key === "ArrowDown" ? 1 : -1)]?.focus();
      return;
    }
    const target = event.target as HTMLElement;
    if (readOnly || target.tagName === "TEXTAREA" || target.tagName === "INPUT" && (target as HTMLInputElement).type === "text") return;
    const chosen = Number(event.key);
    if (event.key.length === 1 && Number.isInteger(chosen) && chosen < question.levels.length) {
      event.preventDefault();
      chooseLevel(chosen);
    }
  }

  function resolveConflict(choice: "mine" | "theirs") {
    if (state?.kind !== "conflict") return;
    const theirs = state.theirs;
    queue.rememberVersion(question.key, theirs?.version ?? 0);
    if (choice === "theirs") {
      form.reset({ ...EMPTY, ...(theirs ?? {}) });
      setState(theirs ? { kind: "saved", version: theirs.version } : null);
    } else {
      queue.enqueueEdit(question.key, state.mine, 0);
      setState({ kind: "saving" });
    }
  }

  const groupName = `level-${question.key}`;
  return (
    <section
      aria-labelledby={`${question.key}-text`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm focus-visible:outline-2 focus-visible:outline-brand-700"
      data-question={question.key}
    >
      <div className="flex items-start justify-between gap-4">
        <h3 id={`${question.key}-text`} className="font-medium text-slate-900">
          <span className="mr-2 text-slate-600">{question.number}</span>
          {question.text}
        </h3>
        <SaveStatus state={state} />
      </div>
      <p className="text-sm text-slate-700">{question.guidance}</p>
      <fieldset disabled={readOnly} className="space-y-2">
        <legend className="sr-only">{t("levelsFor", { number: question.number })}</legend>
        {question.levels.map((descriptor, index) => (
          <label
            key={index}
            className={cn(
              "flex cursor-pointer items-start gap-3 rounded-md border px-3 py-2 text-sm",
              level === index && !notApplicable ? "border-brand-700 bg-brand-50" : "border-slate-200 hover:bg-slate-50",
            )}
          >
            <input type="radio" name={groupName} value={index} checked={level === index && !notApplicable} onChange={() => chooseLevel(index)} className="mt-1 accent-brand-700" />
            <span>
              <span className="mr-2 font-mono text-slate-600">{index}</span>
              {descriptor}
            </span>
          </label>
        ))}
      </fieldset>
      {question.allowNotApplicable && (
        <div className="space-y-2">
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" disabled={readOnly} {...form.register("notApplicable", { onChange: onNotApplicableChange })} className="accent-brand-700" />
            {t("notApplicable")}
          </label>
          {notApplicable && (
            <div className="space-y-1">
              <label htmlFor={`${question.key}-justification`} className="block text-sm font-medium text-slate-800">
                {t("justification")}
              </label>
              <textarea
                id={`${question.key}-justification`}
                rows={2}
                disabled={readOnly}
                aria-invalid={form.formState.errors.justification ? true : undefined}
                className={controlClass}
                {...form.register("justification", { onChange: () => void save() })}
              />
              {form.formState.errors.justification && (
                <p role="alert" className="text-sm text-red-700">
                  {message(form.formState.errors.justification.message)}
                </p>
              )}
            </div>
          )}
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor={`${question.key}-note`} className="block text-sm font-medium text-slate-800">
          {t("note")}
        </label>
        <textarea id={`${question.key}-note`} rows={2} disabled={readOnly} className={controlClass} {...form.register("note", { onChange: () => void save() })} />
      </div>
      {state?.kind === "conflict" && (
        <div role="alert" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <p className="font-medium">{t("conflictTitle", { name: state.theirs?.updatedBy ?? "—" })}</p>
          <p>
            {t("conflictMine", { answer: describe(state.mine, question, t) })}
            <br />
            {t("conflictTheirs", { answer: state.theirs ? describe(state.theirs, question, t) : t("noAnswer") })}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button size="sm" onClick={() => resolveConflict("mine")}>
              {t("keepMine")}
            </Button>
            <Button size="sm" variant="secondary" onClick={() => resolveConflict("theirs")}>
              {t("useTheirs")}
            </Button>
          </div>
        </div>
      )}
      {state?.kind === "refused" && (
        <p role="alert" className="text-sm text-red-700">
          {message(state.error)}
        </p>
      )}
      {children}
    </section>
  );
}

function describe(answer: TAnswerValue, question: TQuestionView, t: ReturnType<typeof useTranslations<"answering">>): string {
  if (answer.notApplicable) return t("notApplicable");
  if (answer.level === null) return t("noAnswer");
  return `${answer.level} — ${question.levels[answer.level] ?? ""}`;
}
