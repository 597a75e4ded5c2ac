import type { MetaFunction } from "@remix-run/node";
import { useLongDate } from "~/components/privacy";
import { useT } from "~/components/use-translation";
import type { MessageKey } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { CONSENT_DOCUMENTS, type ConsentDocument } from "~/utils/privacy/documents";
import { privacyTexts } from "~/utils/i18n/namespaces/privacy";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "privacy.notice.title");

// Public: anyone may read what they are asked to accept, before registering too.
export async function loader() {
  return null;
}

const PARAGRAPHS: Record<ConsentDocument, MessageKey[]> = {
  privacy: [
    "privacy.notice.p1",
    "privacy.notice.p2",
    "privacy.notice.p3",
    "privacy.notice.p4",
    "privacy.notice.p5",
    "privacy.notice.p6",
  ],
  terms: ["privacy.terms.p1", "privacy.terms.p2", "privacy.terms.p3", "privacy.terms.p4"],
};

export default function PrivacyNotice() {
  const t = useT(privacyTexts);
  const longDate = useLongDate();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t("privacy.notice.title")}</h1>
      {(Object.keys(PARAGRAPHS) as ConsentDocument[]).map((document) => (
        <section
          key={document}
          id={document}
          aria-labelledby={`${document}-title`}
          className="space-y-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
        >
          <h2 id={`${document}-title`} className="text-lg font-bold text-stone-900">
            {t(`privacy.document.${document}`)}
          </h2>
          <p className="text-sm text-stone-600">
            {t("privacy.notice.version", {
              version: CONSENT_DOCUMENTS[document].version,
              date: longDate(CONSENT_DOCUMENTS[document].publishedOn),
            })}
          </p>
          {PARAGRAPHS[document].map((key) => (
            <p key={key} className="text-stone-800">
              {t(key)}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
