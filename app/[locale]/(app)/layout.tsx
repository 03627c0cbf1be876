// Signed-in area: the header over every page. Each page still authorizes its own data.
import { AppHeader } from "@/components/layout/app-header";
import { SkipLink } from "@/components/layout/skip-link";

export default function SignedInLayout({ children }: LayoutProps<"/[locale]">) {
  return (
    <>
      <SkipLink />
      <AppHeader />
      <main id="main" className="mx-auto max-w-6xl px-6 py-8">
        {children}
      </main>
    </>
  );
}
