import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";

type Href = ComponentProps<typeof Link>["href"];

export interface TaskItem {
  href: Href;
  title: string;
  caption?: string;
  optional?: string;
  status: "notStarted" | "inProgress" | "completed";
  statusText: string;
}

const STATUS_CLASS = {
  notStarted: "bg-slate-200 text-slate-900",
  inProgress: "bg-amber-100 text-amber-950",
  completed: "bg-green-800 text-white",
} as const;

/** The task-list pattern: each section a link, with its status in words (not colour alone). */
export function TaskList({ items }: { items: TaskItem[] }) {
  return (
    <ol className="mt-6 divide-y divide-slate-300 border-y border-slate-300">
      {items.map((item, i) => {
        const statusId = `task-status-${i}`;
        return (
          <li key={item.title} className="flex flex-wrap items-center justify-between gap-2 py-4">
            <div>
              <Link href={item.href} aria-describedby={statusId} className="text-lg font-semibold">
                {item.title}
              </Link>
              {(item.caption || item.optional) && (
                <p className="mt-0 text-sm text-slate-700">
                  {[item.caption, item.optional].filter(Boolean).join(" · ")}
                </p>
              )}
            </div>
            <strong id={statusId} className={`rounded px-2 py-1 text-sm ${STATUS_CLASS[item.status]}`}>
              {item.statusText}
            </strong>
          </li>
        );
      })}
    </ol>
  );
}
