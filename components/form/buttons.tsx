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

export interface SubmitChoice extends ButtonHTMLAttributes<HTMLButtonElement> {
  value: string;
  label: string;
  /** The main choice, drawn as the primary button. */
  primary?: boolean;
}

/**
 * Submit buttons side by side that send the same name with different values, so one form offers
 * several ways on (save and continue or save and go back, set or clear, CSV or PDF).
 */
export function SubmitChoices({
  name,
  choices,
  className = "mt-6 gap-4",
}: {
  name: string;
  choices: SubmitChoice[];
  /** The space above the row and between the buttons. */
  className?: string;
}) {
  return (
    <div className={`flex flex-wrap ${className}`}>
      {choices.map(({ label, primary, ...button }) => {
        const Button = primary ? PrimaryButton : SecondaryButton;
        return (
          <Button key={button.value} type="submit" name={name} {...button}>
            {label}
          </Button>
        );
      })}
    </div>
  );
}
