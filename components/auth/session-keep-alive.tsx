"use client";
// Renews the session while the person is using Mamori, so that only inactivity ends it (the idle
// timeout, lib/auth/session-policy.ts). Activity is a key press, a click or touch, or scrolling, in
// any tab; a renewal is GET /api/auth/session, at most once per interval across tabs. When the
// answer says the session is over (idle, 12 hours, signed out everywhere), go to sign-in and come
// back here afterwards.
import { useEffect } from "react";
import { useRouter } from "@/lib/i18n/navigation";

const LAST_RENEWAL_KEY = "mamori.sessionRenewedAt";
const ACTIVITY_EVENTS = ["keydown", "pointerdown", "scroll"] as const;

export function SessionKeepAlive({ renewAfterSeconds }: { renewAfterSeconds: number }) {
  const router = useRouter();
  useEffect(() => {
    let renewing = false;
    const renewIfDue = () => {
      const last = Number(window.localStorage.getItem(LAST_RENEWAL_KEY) ?? 0);
      if (renewing || Date.now() - last < renewAfterSeconds * 1000) return;
      renewing = true;
      window.localStorage.setItem(LAST_RENEWAL_KEY, String(Date.now()));
      fetch("/api/auth/session", { cache: "no-store" })
        .then((response) => (response.ok ? response.json() : null))
        .then((session: { user?: unknown } | null) => {
          if (session && !session.user) {
            const here = `${window.location.pathname}${window.location.search}`;
            router.replace({ pathname: "/sign-in", query: { ended: "1", callbackUrl: here } });
          }
        })
        .catch(() => {}) // offline: the next activity tries again
        .finally(() => {
          renewing = false;
        });
    };
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, renewIfDue, { passive: true, capture: true });
    return () => {
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, renewIfDue, { capture: true });
    };
  }, [router, renewAfterSeconds]);
  return null;
}
