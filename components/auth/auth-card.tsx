// The card that frames sign-in, sign-up and invitation pages.
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

export function AuthCard({ title, subtitle, children, footer }: { title: string; subtitle?: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <Card className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{title}</h1>
        {subtitle && <p className="text-sm text-slate-700">{subtitle}</p>}
      </div>
      {children}
      {footer && <p className="text-sm text-slate-700">{footer}</p>}
    </Card>
  );
}
