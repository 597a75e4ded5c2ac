import { useT } from "./use-translation";
import type { TaskStatus } from "~/utils/journey/status";

const styles: Record<TaskStatus, string> = {
  not_started: "bg-sky-100 text-sky-900",
  in_progress: "bg-amber-100 text-amber-900",
  submitted: "bg-violet-100 text-violet-900",
  changes_requested: "bg-red-100 text-red-900",
  done: "bg-brand-100 text-brand-800",
  cannot_start: "bg-stone-200 text-stone-700",
};

export function TaskStatusTag({ status, id }: { status: TaskStatus; id?: string }) {
  const t = useT();
  return (
    <strong id={id} className={`inline-block shrink-0 rounded px-2 py-1 text-sm font-semibold ${styles[status]}`}>
      {t(`status.${status}`)}
    </strong>
  );
}
