"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SignOutButton({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("userMenu");
  return (
    <Button variant="secondary" className="w-full" onClick={() => void signOut({ callbackUrl: callbackPath })}>
      {t("signOut")}
    </Button>
  );
}
