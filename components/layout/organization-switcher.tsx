"use client";
// Switches between the organizations the user belongs to.
import { DropdownMenu } from "radix-ui";
import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Building2, Check, ChevronsUpDown, Plus } from "lucide-react";
import { Link } from "@/lib/i18n/navigation";

type TOrganizationOption = { id: string; name: string };

export function OrganizationSwitcher({ organizations }: { organizations: TOrganizationOption[] }) {
  const t = useTranslations("organizationSwitcher");
  const { orgId } = useParams<{ orgId?: string }>();
  const current = organizations.find((organization) => organization.id === orgId);
  const itemClass = "flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100";
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="flex min-w-0 max-w-72 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-700">
        <Building2 aria-hidden className="size-4 shrink-0 text-slate-600" />
        <span className="truncate">{current?.name ?? t("choose")}</span>
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-slate-500" />
        <span className="sr-only">{t("label")}</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="start" sideOffset={6} className="z-50 min-w-64 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          <DropdownMenu.Label className="px-2 py-1.5 text-xs text-slate-600">{t("label")}</DropdownMenu.Label>
          {organizations.map((organization) => (
            <DropdownMenu.Item key={organization.id} asChild className={itemClass}>
              <Link href={`/orgs/${organization.id}`}>
                <Check aria-hidden className={organization.id === orgId ? "size-4" : "size-4 opacity-0"} />
                <span className="truncate">{organization.name}</span>
              </Link>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item asChild className={itemClass}>
            <Link href="/orgs/new">
              <Plus aria-hidden className="size-4" />
              {t("create")}
            </Link>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
