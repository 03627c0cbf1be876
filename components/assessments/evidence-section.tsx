"use client";
// Evidence of one question: links and files already attached, and a way to add more.
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FileText, Link2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { useRouter } from "@/lib/i18n/navigation";

export type TEvidenceView = { id: string; kind: "LINK" | "FILE"; name: string; url: string | null };

type TProps = { organizationId: string; assessmentId: string; questionKey: string; items: TEvidenceView[]; readOnly: boolean };

export function EvidenceSection({ organizationId, assessmentId, questionKey, items, readOnly }: TProps) {
  const t = useTranslations("evidence");
  const message = useMessageKey();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>, kind: "LINK" | "FILE") {
    event.preventDefault();
    const formElement = event.currentTarget;
    const body = new FormData(formElement);
    body.set("kind", kind);
    body.set("questionKey", questionKey);
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(`/api/orgs/${organizationId}/assessments/${assessmentId}/evidence`, { method: "POST", body });
      if (!response.ok) {
        const result = (await response.json().catch(() => ({}))) as { error?: string; issues?: { message: string }[] };
        setError(result.issues?.[0]?.message ?? result.error ?? "unexpected");
        return;
      }
      formElement.reset();
      router.refresh();
    } catch {
      setError("offlineUpload");
    } finally {
      setBusy(false);
    }
  }

  const id = (suffix: string) => `${questionKey}-evidence-${suffix}`;
  return (
    <div className="space-y-2 border-t border-slate-100 pt-3">
      <h4 className="text-sm font-medium text-slate-900">{t("title")}</h4>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {items.map((item) => (
            <li key={item.id} className="flex items-center gap-2">
              {item.kind === "FILE" ? <FileText aria-hidden className="size-4 text-slate-600" /> : <Link2 aria-hidden className="size-4 text-slate-600" />}
              <a
                href={item.kind === "FILE" ? `/api/orgs/${organizationId}/evidence/${item.id}` : item.url!}
                {...(item.kind === "LINK" ? { target: "_blank", rel: "noopener noreferrer" } : { download: item.name })}
                className="text-brand-700 underline"
              >
                {item.name}
              </a>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {message(error)}
        </p>
      )}
      {!readOnly && (
        <div className="grid gap-3 md:grid-cols-2">
          <form onSubmit={(event) => void submit(event, "LINK")} className="flex items-end gap-2">
            <div className="flex-1 space-y-1">
              <label htmlFor={id("url")} className="block text-xs font-medium text-slate-800">
                {t("link")}
              </label>
              <Input id={id("url")} name="url" type="url" placeholder="https://" required />
            </div>
            <Button type="submit" size="sm" variant="secondary" disabled={busy}>
              {t("addLink")}
            </Button>
          </form>
          <form onSubmit={(event) => void submit(event, "FILE")} className="flex items-end gap-2">
            <div className="flex-1 space-y-1">
              <label htmlFor={id("file")} className="block text-xs font-medium text-slate-800">
                {t("file")}
              </label>
              <input id={id("file")} name="file" type="file" required accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx,.doc,.xls,.ppt" className="block w-full text-sm" />
            </div>
            <Button type="submit" size="sm" variant="secondary" disabled={busy}>
              {busy ? t("uploading") : t("upload")}
            </Button>
          </form>
        </div>
      )}
    </div>
  );
}
