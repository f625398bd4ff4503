import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

export type SmtpSettings = {
  host: string
  port: number
  secure: boolean
  user?: string
  pass?: string
  fromAddress: string
  fromName: string
}

/**
 * SMTP settings from the environment: SMTP_HOST (required to send mail at all), SMTP_PORT
 * (587), SMTP_SECURE ("true" for implicit TLS, e.g. port 465), SMTP_USER and SMTP_PASS,
 * EMAIL_FROM (noreply@annals.local) and EMAIL_FROM_NAME (Annals).
 */
export function smtpSettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): SmtpSettings | undefined {
  if (!env.SMTP_HOST) return undefined
  return {
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT || 587),
    secure: env.SMTP_SECURE === 'true',
    user: env.SMTP_USER || undefined,
    pass: env.SMTP_PASS || undefined,
    fromAddress: env.EMAIL_FROM || 'noreply@annals.local',
    fromName: env.EMAIL_FROM_NAME || 'Annals',
  }
}

/**
 * Payload's email through an SMTP server, with nodemailer (the official adapter is not
 * published for this Payload version). Password-reset mail goes through it.
 */
export const smtpAdapter =
  (settings: SmtpSettings): EmailAdapter =>
  ({ payload }) => {
    const transport = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.user ? { user: settings.user, pass: settings.pass } : undefined,
      // A mail server that stops answering must not hold a request open.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    })
    return {
      name: 'smtp',
      defaultFromAddress: settings.fromAddress,
      defaultFromName: settings.fromName,
      // Handed to the mail server in the background: a password-reset request for a real
      // account must not answer later than one for an unknown address (that would tell
      // which accounts exist). Failures are logged.
      sendEmail: async (message: SendEmailOptions) => {
        transport
          .sendMail({
            ...message,
            from: message.from ?? { name: settings.fromName, address: settings.fromAddress },
          })
          .catch((error: Error) => payload.logger.error(`Sending email failed: ${error.message}`))
      },
    }
  }
