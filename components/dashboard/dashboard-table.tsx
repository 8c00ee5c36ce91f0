import type { ComponentProps } from "react";
import { DataTable } from "@/components/data-table";

// The look of the dashboard's lists: dense, the caption shown, no wider than a reading column.
export function DashboardTable<R>(props: ComponentProps<typeof DataTable<R>>) {
  return <DataTable<R> dense showCaption className="mt-3" tableClassName="max-w-3xl" {...props} />;
}
