"use client";
// Prints the page (the print styles leave out navigation and controls).
import { Printer } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "./button";

export function PrintButton() {
  const t = useTranslations("scorecardPage");
  return (
    <Button variant="secondary" size="sm" onClick={() => window.print()} className="print:hidden">
      <Printer aria-hidden className="size-4" />
      {t("print")}
    </Button>
  );
}
