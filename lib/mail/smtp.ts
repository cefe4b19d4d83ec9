import nodemailer from 'nodemailer';
import type { MailTransport } from './delivery';

/**
 * Sends over SMTP to the server SMTP_URL names (smtp://user:password@host:587, or smtps:// for TLS
 * from the start); plain smtp:// upgrades with STARTTLS when the server offers it.
 */
export function smtpTransport(smtpUrl: string, from: string): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId });
    },
    close: () => transporter.close(),
  };
}
