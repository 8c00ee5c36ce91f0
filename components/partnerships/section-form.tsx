import type { ReactNode } from "react";
import { PrimaryButton } from "@/components/form/buttons";
import { PostForm } from "@/components/form/post-form";

// The partnership record's sections (server components, plain HTML forms that work without
// JavaScript); their fields come from components/form/field-kit.tsx.

/** One section of the record: a heading and its own form posting to `action`. */
export function SectionForm({
  id,
  heading,
  action,
  version,
  section,
  canManage,
  saveLabel,
  okText,
  children,
  extraButtons,
}: {
  id: string;
  heading: string;
  action: string;
  version: number;
  section?: string;
  canManage: boolean;
  saveLabel?: string;
  okText?: string;
  children: ReactNode;
  extraButtons?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-h`} id={id} className="mt-10 border-t border-slate-300 pt-4">
      <h2 id={`${id}-h`} tabIndex={-1}>
        {heading}
      </h2>
      {okText && (
        <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
          {okText}
        </p>
      )}
      <PostForm action={action} hidden={{ version }}>
        {section && <input type="hidden" name="section" value={section} />}
        <fieldset disabled={!canManage} className="m-0 border-0 p-0">
          <legend className="sr-only">{heading}</legend>
          {children}
        </fieldset>
        {canManage && (
          <p className="mt-6 flex flex-wrap gap-4">
            {saveLabel && <PrimaryButton type="submit">{saveLabel}</PrimaryButton>}
            {extraButtons}
          </p>
        )}
      </PostForm>
    </section>
  );
}
