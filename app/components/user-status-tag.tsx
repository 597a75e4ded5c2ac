import { useT } from "./use-translation";
import type { UserStatus } from "~/utils/accounts/user-filters";
import { adminUsersTexts } from "~/utils/i18n/namespaces/admin-users";

const STATUS_STYLE: Record<UserStatus, string> = {
  active: "bg-brand-100 text-brand-800",
  invited: "bg-amber-100 text-amber-900",
  deactivated: "bg-stone-200 text-stone-800",
};

export function UserStatusTag({ status }: { status: UserStatus }) {
  const t = useT(adminUsersTexts);
  return (
    <span className={`inline-block shrink-0 rounded px-2 py-0.5 text-sm font-semibold ${STATUS_STYLE[status]}`}>
      {t(`adminUsers.status.${status}`)}
    </span>
  );
}
