import type { ComponentProps, ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { PrintStyles } from "./print-document";

/**
 * What stands above a printable document (components/staff/print-document.tsx) and is not printed:
 * the way back, any choice of what to show (`children`), the PDF to download and how to print.
 */
export function PrintTools({
  back,
  pdf,
  printHint,
  children,
}: {
  back: { href: ComponentProps<typeof Link>["href"]; label: string };
  pdf: { href: string; label: string };
  printHint: string;
  children?: ReactNode;
}) {
  return (
    <>
      <PrintStyles />
      <div className="print:hidden">
        <p className="mt-0">
          <Link href={back.href}>{back.label}</Link>
        </p>
        {children}
        <p className="mt-4">
          <a href={pdf.href} download>
            {pdf.label}
          </a>
        </p>
        <p className="text-slate-700">{printHint}</p>
      </div>
    </>
  );
}
