import { useEffect, useState } from "react";
import { useT } from "./use-translation";
import {
  INVITATION_LIFETIME_DAYS,
  mailtoLink,
  RESET_LIFETIME_HOURS,
  whatsappShareLink,
  type IssuedLink,
} from "~/utils/accounts/links";
import { adminUsersTexts } from "~/utils/i18n/namespaces/admin-users";

export type { IssuedLink };

/**
 * A freshly made one-time link, shown this once: a field to copy it from, and ready messages
 * for WhatsApp and email. The secret is never stored, so it cannot be shown again.
 */
export function AccountLinkPanel({ link }: { link: IssuedLink }) {
  const t = useT(adminUsersTexts);
  const [hydrated, setHydrated] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setHydrated(true), []);
  const { message, subject } = link;
  const invitation = link.purpose === "invitation";
  return (
    <section
      aria-labelledby="issued-link-title"
      className="space-y-4 rounded-2xl bg-brand-50 p-5 shadow-sm ring-1 ring-brand-600"
    >
      <h2 id="issued-link-title" className="text-lg font-bold text-stone-900">
        {invitation ? t("adminUsers.link.invitationTitle") : t("adminUsers.link.resetTitle")}
      </h2>
      <p className="text-stone-800">
        {invitation
          ? t("adminUsers.link.invitationLead", { name: link.fullName, days: INVITATION_LIFETIME_DAYS })
          : t("adminUsers.link.resetLead", { name: link.fullName, hours: RESET_LIFETIME_HOURS })}
      </p>
      <p className="font-semibold text-amber-900">{t("adminUsers.link.onlyOnce")}</p>
      <div>
        <label htmlFor="issued-link" className="block font-semibold text-stone-900">
          {t("adminUsers.link.field")}
        </label>
        <div className="mt-1 flex flex-col gap-2 sm:flex-row">
          <input
            id="issued-link"
            readOnly
            value={link.url}
            onFocus={(event) => event.currentTarget.select()}
            className="block min-h-12 w-full min-w-0 rounded-lg sm:flex-1 border border-stone-400 bg-white px-3 font-mono text-sm"
          />
          {hydrated ? (
            <button
              type="button"
              onClick={() => {
                void navigator.clipboard?.writeText(link.url).then(() => setCopied(true));
              }}
              className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
            >
              {t("adminUsers.link.copy")}
            </button>
          ) : null}
        </div>
        <p role="status" className="mt-1 text-sm text-brand-800">
          {copied ? t("adminUsers.link.copied") : ""}
        </p>
      </div>
      <ul className="flex flex-wrap gap-3">
        <li>
          <a
            href={whatsappShareLink(link.phone, message)}
            target="_blank"
            rel="noreferrer"
            className="inline-flex min-h-11 items-center rounded-lg bg-white px-4 font-semibold text-brand-800 ring-1 ring-stone-300 hover:bg-brand-50"
          >
            {link.phone ? t("adminUsers.link.whatsappTo") : t("adminUsers.link.whatsapp")}
          </a>
        </li>
        <li>
          <a
            href={mailtoLink(link.email, subject, message)}
            className="inline-flex min-h-11 items-center rounded-lg bg-white px-4 font-semibold text-brand-800 ring-1 ring-stone-300 hover:bg-brand-50"
          >
            {t("adminUsers.link.email", { email: link.email })}
          </a>
        </li>
      </ul>
    </section>
  );
}
