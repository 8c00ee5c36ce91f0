import type { ComponentProps, ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

/** The way back, at the top of a page above its heading. */
export function BackLink({
  href,
  children,
}: {
  href: ComponentProps<typeof Link>["href"];
  children: ReactNode;
}) {
  return (
    <p className="mt-0">
      <Link href={href}>{children}</Link>
    </p>
  );
}
