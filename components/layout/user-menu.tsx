"use client";
// The signed-in user's menu: who they are, their account and security page, and sign out.
import { DropdownMenu } from "radix-ui";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { ChevronDown, LogOut, ShieldCheck } from "lucide-react";
import { Link } from "@/lib/i18n/navigation";

export function UserMenu({ name, email }: { name: string; email: string }) {
  const t = useTranslations("userMenu");
  const locale = useLocale();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="flex items-center gap-1 rounded-md px-2 py-1.5 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-700">
        <span className="max-w-24 truncate sm:max-w-40">{name}</span>
        <ChevronDown aria-hidden className="size-4" />
        <span className="sr-only">{t("open")}</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          <DropdownMenu.Label className="px-2 py-1.5 text-xs text-slate-600">{email}</DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item asChild className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100">
            <Link href="/account">
              <ShieldCheck aria-hidden className="size-4" />
              {t("account")}
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            onSelect={() => void signOut({ callbackUrl: `/${locale}/sign-in` })}
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100"
          >
            <LogOut aria-hidden className="size-4" />
            {t("signOut")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
