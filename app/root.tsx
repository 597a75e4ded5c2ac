import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect } from "react";
import "./tailwind.css";
import { badFormReason, ErrorPage } from "~/components/error-page";
import { SiteFooter, SiteHeader } from "~/components/site-chrome";
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from "~/lib/auth/cookie.server";
import { getSession } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { unreadNotificationCount } from "~/lib/mentoring/notifications.server";
import { isSyntheticDatabase } from "~/lib/settings/synthetic.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { DEFAULT_LOCALE, translator } from "~/utils/i18n";
import { browserLocale } from "~/utils/i18n/load";
import { commonTexts } from "~/utils/i18n/namespaces/common";
import { MessagePreloads } from "~/components/message-preloads";
import { useNonce } from "~/components/nonce";

export async function loader({ request }: LoaderFunctionArgs) {
  const current = getSession(request);
  const locale = getLocale(request);
  const headers = new Headers();
  const token = readCookie(request, SESSION_COOKIE);
  // Sliding expiry: when the server extended the session, extend the cookie too.
  if (current?.renewed && token) headers.append("Set-Cookie", sessionCookie(token));
  // A stale or forged token is dropped from the browser.
  if (!current && token) headers.append("Set-Cookie", clearedSessionCookie());
  return data(
    {
      locale,
      // Generated data (npm run db:generate): the footer of every page says so.
      synthetic: isSyntheticDatabase(getDb()),
      user: current
        ? {
            fullName: current.user.fullName,
            role: current.user.role,
            unreadNotifications: unreadNotificationCount(getDb(), current.user.id),
          }
        : null,
    },
    { headers },
  );
}

export type RootLoader = typeof loader;

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? DEFAULT_LOCALE, [commonTexts]);
  return [{ title: t("app.name") }, { name: "description", content: t("app.tagline") }];
};

export function Layout({ children }: { children: React.ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const locale = rootData?.locale ?? DEFAULT_LOCALE;
  // The browser holds one language's texts. The language switches reload the document, but a
  // sign-in can change the language too (the account's saved one): then reload once.
  const dataLocale = rootData?.locale;
  // The Content-Security-Policy nonce of this response (server render only): inline scripts need it.
  const nonce = useNonce();
  useEffect(() => {
    const held = browserLocale();
    if (dataLocale && held && held !== dataLocale) window.location.reload();
  }, [dataLocale]);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0b6e4f" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
        <MessagePreloads />
      </head>
      <body className="flex min-h-screen flex-col">
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 focus:outline-none sm:py-10">
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    if (error.status === 403) return <ErrorPage status={403} />;
    if (error.status === 404) return <ErrorPage status={404} />;
    if (error.status === 503) return <ErrorPage status={503} />;
    if (error.status < 500) return <ErrorPage status={400} reason={badFormReason(error.data)} />;
  } else {
    console.error(error);
  }
  return <ErrorPage status={500} />;
}
