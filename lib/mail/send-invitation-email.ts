// Mails an invitation link when SMTP is configured; otherwise the link is logged and shown to
// the inviting owner, so a demo needs no mail server.
import "server-only";
import nodemailer from "nodemailer";
import { env, smtpConfigured } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import type { TLocale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/server-translator";

export type TInvitationDelivery = "mailed" | "linkOnly";

export async function sendInvitationEmail({
  to,
  link,
  organizationName,
  inviterName,
  locale,
}: {
  to: string;
  link: string;
  organizationName: string;
  inviterName: string;
  locale: TLocale;
}): Promise<TInvitationDelivery> {
  if (!smtpConfigured()) {
    logger.info({ link }, "invitation link (SMTP not configured)");
    return "linkOnly";
  }
  const { SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_FROM } = env();
  const t = translatorFor(locale);
  const transport = nodemailer.createTransport({
    host: SMTP_HOST,
    port: SMTP_PORT,
    secure: SMTP_PORT === 465,
    auth: SMTP_USER ? { user: SMTP_USER, pass: SMTP_PASSWORD } : undefined,
  });
  await transport.sendMail({
    from: SMTP_FROM,
    to,
    subject: t("email.invitation.subject", { organization: organizationName }),
    text: t("email.invitation.body", { inviter: inviterName, organization: organizationName, link }),
  });
  return "mailed";
}
