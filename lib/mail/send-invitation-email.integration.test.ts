// Sends invitations through a real SMTP server on loopback.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

type TReceived = { from: string; to: string[]; raw: string };

describe("[INVITATIONS] email delivery", () => {
  const received: TReceived[] = [];
  let server: SMTPServer;
  let port: number;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
          callback();
        });
      },
    });
    server.listen(0, "127.0.0.1");
    await once(server.server, "listening");
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  afterEach(() => vi.unstubAllEnvs());

  async function send(env: Record<string, string>) {
    vi.resetModules();
    for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
    const { sendInvitationEmail } = await import("./send-invitation-email");
    return sendInvitationEmail({
      to: "new.member@example.jp",
      link: "http://localhost:3000/en/invitations/abc",
      organizationName: "Hikari Semiconductor",
      inviterName: "Kenichi Sato",
      locale: "en",
    });
  }

  it("mails the link when SMTP is configured", async () => {
    const delivery = await send({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(port), SMTP_FROM: "mamori@example.jp" });
    expect(delivery).toBe("mailed");
    const mail = received.at(-1)!;
    expect(mail.to).toEqual(["new.member@example.jp"]);
    expect(mail.from).toBe("mamori@example.jp");
    expect(mail.raw).toContain("Subject: Invitation to Hikari Semiconductor on Mamori");
    expect(mail.raw).toContain("http://localhost:3000/en/invitations/abc");
  });

  it("only returns the link for the owner to pass on when SMTP is not configured", async () => {
    const before = received.length;
    expect(await send({ SMTP_HOST: "" })).toBe("linkOnly");
    expect(received.length).toBe(before);
  });
});
