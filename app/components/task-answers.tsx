import { DetailList } from "./card";
import { useT } from "./use-translation";
import { uploadUrl, type UploadView } from "~/utils/uploads/uploads";
import { recordTexts } from "~/utils/i18n/namespaces/record";

export type TaskAnswersView = {
  rows: { label: string; value: string }[];
  items: { title: string; status: string; details: string[]; evidence: UploadView | null }[];
  images: UploadView[];
  products: {
    id: number;
    name: string;
    readiness: number;
    photo: UploadView | null;
    details: string[];
    items: { title: string; status: string }[];
  }[];
  productTotal: number;
};

/** An uploaded file: an image inline (thumbnail, opening the full size), a PDF as a link. */
export function Evidence({ upload, label }: { upload: UploadView; label: string }) {
  const t = useT(recordTexts);
  if (upload.mediaType === "application/pdf") {
    return (
      <a
        href={uploadUrl(upload.id)}
        className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
      >
        {t("answers.openPdf", { name: upload.originalName ?? label })}
      </a>
    );
  }
  return (
    <a href={uploadUrl(upload.id)} className="inline-block">
      <img
        src={uploadUrl(upload.id, "thumb")}
        alt={t("answers.photoOf", { item: label })}
        width={160}
        height={160}
        loading="lazy"
        className="size-40 rounded-lg object-cover ring-1 ring-stone-300"
      />
    </a>
  );
}

/** What the owner entered for a task, read-only, for the mentor. */
export function TaskAnswers({ answers }: { answers: TaskAnswersView }) {
  const t = useT(recordTexts);
  return (
    <div className="space-y-4">
      {answers.rows.length ? <DetailList items={answers.rows} /> : null}
      {answers.images.length ? (
        <div className="flex flex-wrap gap-3">
          {answers.images.map((image) => (
            <Evidence key={image.id} upload={image} label={t("brand.logo")} />
          ))}
        </div>
      ) : null}
      {answers.items.length ? (
        <ul className="divide-y divide-stone-200">
          {answers.items.map((item) => (
            <li key={item.title} className="space-y-1 py-3">
              <div className="flex flex-wrap justify-between gap-2">
                <span className="font-semibold text-stone-900">{item.title}</span>
                <span className="text-sm text-stone-800">{item.status}</span>
              </div>
              {item.details.map((d) => (
                <p key={d} className="text-sm break-words text-stone-700">
                  {d}
                </p>
              ))}
              {item.evidence ? <Evidence upload={item.evidence} label={item.title} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {answers.products.length ? (
        <>
          <p className="text-stone-700">{t("answers.productCount", { count: answers.productTotal })}</p>
          <ul className="space-y-3">
            {answers.products.map((p) => (
              <li key={p.id} className="rounded-lg p-3 ring-1 ring-stone-200">
                <div className="flex gap-3">
                  {p.photo ? <Evidence upload={p.photo} label={p.name} /> : null}
                  <div className="min-w-0">
                    <p className="font-semibold text-stone-900">{p.name}</p>
                    <p className="text-sm text-stone-700">{p.details.join(" · ")}</p>
                    <p className="text-sm font-semibold text-stone-800">
                      {t("answers.readiness", { percent: p.readiness })}
                    </p>
                  </div>
                </div>
                <details className="mt-2">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand-800">
                    {t("answers.checklist")}
                  </summary>
                  <ul className="text-sm">
                    {p.items.map((item) => (
                      <li key={item.title} className="flex justify-between gap-2 py-1">
                        <span>{item.title}</span>
                        <span className="text-stone-700">{item.status}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
