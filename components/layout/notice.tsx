import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";

// The pages that only tell something (a link that does not work, a page that does not exist) and
// the ways on from a page: each way a link in a paragraph of its own.

type Href = ComponentProps<typeof Link>["href"];
export interface WayOn {
  href: Href;
  label: string;
}

/** The ways on, one paragraph each; `className` is the first one's (the space above them). */
export function WaysOn({ links, className }: { links: WayOn[]; className?: string }) {
  return links.map((l, i) => (
    <p key={i} className={i === 0 ? className : undefined}>
      <Link href={l.href}>{l.label}</Link>
    </p>
  ));
}

/** A heading, a text (`large`: the lead's size) and the ways on. */
export function Notice({
  title,
  text,
  large,
  links,
}: {
  title: string;
  text: string;
  large?: boolean;
  links: WayOn[];
}) {
  return (
    <>
      <h1>{title}</h1>
      <p className={large ? "text-lg" : undefined}>{text}</p>
      <WaysOn links={links} />
    </>
  );
}
