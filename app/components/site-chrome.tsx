import { Form, Link, useLocation } from "@remix-run/react";
import { useCurrentUser, useLocale, useSyntheticData, useT } from "./use-translation";
import { homePathFor } from "~/utils/roles";

export function SiteHeader() {
  const t = useT();
  const locale = useLocale();
  const user = useCurrentUser();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const other = locale === "id" ? "en" : "id";
  return (
    <header className="bg-brand-700 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-3 focus:text-brand-800"
      >
        {t("nav.skip")}
      </a>
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-3">
        <Link to={user ? homePathFor(user.role) : "/"} className="flex items-center gap-2 text-lg font-bold">
          <span
            aria-hidden="true"
            className="inline-flex size-8 items-center justify-center rounded-lg bg-accent-500 text-brand-800"
          >
            ▲
          </span>
          {t("app.name")}
        </Link>
        {/* A new document: the browser holds only the current language's texts. */}
        <Form method="post" action="/language" reloadDocument className="shrink-0">
          <input type="hidden" name="locale" value={other} />
          <input type="hidden" name="redirectTo" value={here} />
          <button
            type="submit"
            lang={other}
            aria-label={t("lang.switchToLabel")}
            className="min-h-11 rounded-lg border border-white/60 px-3 text-sm font-medium hover:bg-white/10"
          >
            {t("lang.switchTo")}
          </button>
        </Form>
      </div>
      <nav aria-label={t("nav.main")} className="border-t border-white/20 bg-brand-800">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-1 text-sm">
          {user ? (
            <>
              <span className="mr-auto py-2">
                {t("nav.signedInAs", { name: user.fullName })}{" "}
                <span className="text-white/90">· {t(`role.${user.role}`)}</span>
              </span>
              <Link
                to={homePathFor(user.role)}
                className="inline-flex min-h-11 items-center underline-offset-4 hover:underline"
              >
                {t("nav.home")}
              </Link>
              <Link
                to="/notifications"
                className="inline-flex min-h-11 items-center underline-offset-4 hover:underline"
              >
                {user.unreadNotifications > 0 ? (
                  <>
                    {t("nav.notifications")}
                    <span
                      aria-hidden="true"
                      className="ml-1 rounded-full bg-accent-500 px-2 text-xs font-bold text-brand-800"
                    >
                      {user.unreadNotifications}
                    </span>
                    <span className="sr-only">
                      {" "}
                      {t("nav.notificationsUnread", { count: user.unreadNotifications })}
                    </span>
                  </>
                ) : (
                  t("nav.notifications")
                )}
              </Link>
              <Link to="/account" className="inline-flex min-h-11 items-center underline-offset-4 hover:underline">
                {t("nav.account")}
              </Link>
              <Form method="post" action="/logout">
                <button
                  type="submit"
                  className="inline-flex min-h-11 items-center font-semibold underline-offset-4 hover:underline"
                >
                  {t("nav.logout")}
                </button>
              </Form>
            </>
          ) : (
            <>
              <Link
                to="/login"
                className="ml-auto inline-flex min-h-11 items-center underline-offset-4 hover:underline"
              >
                {t("nav.login")}
              </Link>
              <Link
                to="/register"
                className="inline-flex min-h-11 items-center font-semibold underline-offset-4 hover:underline"
              >
                {t("nav.register")}
              </Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}

export function SiteFooter() {
  const t = useT();
  const synthetic = useSyntheticData();
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-3xl space-y-1 px-4 py-6 text-sm text-stone-700">
        {synthetic ? <p className="font-semibold text-stone-900">{t("footer.synthetic")}</p> : null}
        <p>{t("footer.about")}</p>
        <p>{t("footer.privacy")}</p>
      </div>
    </footer>
  );
}
