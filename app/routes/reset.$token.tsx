import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { SetPasswordPage } from "~/components/set-password-page";
import { linkPageAction, linkPageLoader } from "~/lib/accounts/link-page.server";
import { pageTitle } from "~/utils/meta";
import { passLimitHeaders } from "~/utils/limits/headers";

// 429 answers carry Retry-After (and link pages their no-store): see utils/limits/headers.ts.
export const headers = passLimitHeaders;

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminUsers.linkPage.resetTitle");

// Public: the person who forgot their password cannot sign in. The link's secret is the credential.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return linkPageLoader(request, params.token ?? "", "password_reset", context.clientIp);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  return linkPageAction(request, params.token ?? "", "password_reset", context.clientIp);
}

export default function PasswordReset() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return <SetPasswordPage purpose="password_reset" page={actionData ?? loaderData} />;
}
