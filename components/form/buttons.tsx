import type { ButtonHTMLAttributes } from "react";

const base =
  "inline-block rounded px-5 py-3 text-lg font-semibold no-underline focus-visible:outline-[3px] focus-visible:outline-[var(--color-focus)]";

export function PrimaryButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      {...props}
      className={`${base} bg-green-800 text-white hover:bg-green-900 ${props.className ?? ""}`}
    />
  );
}

export function SecondaryButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      {...props}
      className={`${base} bg-slate-200 text-slate-900 hover:bg-slate-300 ${props.className ?? ""}`}
    />
  );
}

export const buttonLinkClass = `${base} bg-green-800 text-white hover:bg-green-900 hover:text-white`;
