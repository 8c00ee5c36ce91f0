import { notFound } from "next/navigation";

// Any address that matches no page gets the localized not-found page.
export default function CatchAll() {
  notFound();
}
