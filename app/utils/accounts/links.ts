import { translator } from "../i18n";

/** One-time links an administrator hands over: how long each stays usable. */
export const INVITATION_LIFETIME_DAYS = 7;
export const RESET_LIFETIME_HOURS = 24;

export const LINK_PURPOSES = ["invitation", "password_reset"] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

/** A freshly made one-time link, as the administrator's page shows it once. */
export type IssuedLink = {
  purpose: LinkPurpose;
  url: string;
  fullName: string;
  email: string;
  phone: string | null;
  /** The ready message and email subject, in Indonesian whatever the page's language: made on
   * the server (accountLinkMessage, accountLinkSubject), where both dictionaries are. */
  message: string;
  subject: string;
};

/** The page that opens a link: /invite/<secret> or /reset/<secret>. */
export function accountLinkPath(purpose: LinkPurpose, secret: string): string {
  return `${purpose === "invitation" ? "/invite" : "/reset"}/${secret}`;
}

/**
 * The message that goes with a link on WhatsApp or by email: always in Indonesian, the language
 * of the programme's staff, whatever language the administrator reads the app in.
 */
export function accountLinkMessage(purpose: LinkPurpose, fullName: string, url: string): string {
  const t = translator("id");
  return purpose === "invitation"
    ? t("adminUsers.share.invitationMessage", { name: fullName, url, days: INVITATION_LIFETIME_DAYS })
    : t("adminUsers.share.resetMessage", { name: fullName, url, hours: RESET_LIFETIME_HOURS });
}

/** The subject of the email that carries a link, in Indonesian like the message. */
export function accountLinkSubject(purpose: LinkPurpose): string {
  return translator("id")(
    purpose === "invitation" ? "adminUsers.share.invitationSubject" : "adminUsers.share.resetSubject",
  );
}

/** wa.me opens WhatsApp with the message typed in: to the phone (E.164) when there is one. */
export function whatsappShareLink(phone: string | null, message: string): string {
  const to = phone ? phone.replace(/^\+/, "") : "";
  return `https://wa.me/${to}?text=${encodeURIComponent(message)}`;
}

export function mailtoLink(email: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(email).replace(/%40/g, "@")}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
