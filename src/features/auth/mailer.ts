// Sends account links (invitation, password reset). Without SMTP configured the link is written to the
// server log, which is what a laptop install has; with CITYBRIDGE_SMTP_URL it goes out by mail.
import nodemailer from 'nodemailer';

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
  /** Where links end up, so the web app can tell the admin where to look; a mailer without it sends mail. */
  delivery?: 'mail' | 'log';
}

export function createMailer(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Mailer {
  const smtpUrl = env.CITYBRIDGE_SMTP_URL;
  if (!smtpUrl) {
    return { delivery: 'log', async send(to, subject, body) { log(`[mail to ${to}] ${subject}\n${body}`); } };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  const from = env.CITYBRIDGE_MAIL_FROM ?? 'citybridge <no-reply@localhost>';
  return { delivery: 'mail', async send(to, subject, text) { await transport.sendMail({ from, to, subject, text }); } };
}
