import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Card, DetailList } from "~/components/card";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { pageTitle } from "~/utils/meta";
import { formatIndonesianMobile } from "~/utils/phone";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "owner.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  return { fullName: user.fullName, email: user.email, phone: user.phone ? formatIndonesianMobile(user.phone) : "" };
}

export default function OwnerHome() {
  const t = useT();
  const owner = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("owner.greeting", { name: owner.fullName })}</h1>
        <p className="mt-2 text-stone-700">{t("owner.lead")}</p>
      </div>
      <Card id="owner-mentor" title={t("owner.mentor.title")}>
        <p>{t("owner.mentor.none")}</p>
      </Card>
      <Card id="owner-account" title={t("owner.account.title")}>
        <DetailList
          items={[
            { label: t("register.fullName"), value: owner.fullName },
            { label: t("register.email"), value: owner.email },
            { label: t("register.phone"), value: owner.phone },
          ]}
        />
      </Card>
    </div>
  );
}
