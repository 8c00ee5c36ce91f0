"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { pickSectionValues, validateSection } from "@/lib/domain/intake/schema";
import { findSection } from "@/lib/domain/intake/sections";

// Progressive enhancement for a section form that already works without JavaScript: checks a field
// with the section's own zod schema (the same one the server uses) as soon as the person leaves it,
// and saves the draft in the background while they type (the server checks again and keeps all).

const AUTOSAVE_DELAY_MS = 1500;

interface SaveResponse {
  saved: boolean;
}

export function SectionFormEnhancer({
  sectionId,
  savedText,
  savingText,
  errorMessages,
  children,
}: {
  sectionId: string;
  savedText: string;
  savingText: string;
  /** Every error message a field can show, by field and error key, in the page's language. */
  errorMessages: Record<string, Record<string, string>>;
  children: ReactNode;
}) {
  const wrapper = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<"idle" | "saving" | "saved">("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const touched = useRef(new Set<string>());

  useEffect(() => {
    const form = wrapper.current?.querySelector("form");
    if (!form) return;

    // One save at a time, in order: two saves in flight could reach the database in either order,
    // and an older form (left field before the last one typed) must never overwrite a newer one.
    let queue = Promise.resolve();
    const save = () => (queue = queue.then(send));
    const send = async () => {
      setStatus("saving");
      try {
        const res = await fetch(form.action, {
          method: "POST",
          body: new FormData(form),
          headers: { "x-autosave": "1" },
        });
        if (!res.ok) return setStatus("idle");
        const body = (await res.json()) as SaveResponse;
        setStatus(body.saved ? "saved" : "idle");
      } catch {
        setStatus("idle"); // offline: the normal submit still works
      }
    };
    const onInput = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(save, AUTOSAVE_DELAY_MS);
    };
    const section = findSection(sectionId);
    const checkFields = () => {
      if (!section) return;
      const data = new FormData(form);
      const values = pickSectionValues(section, (name) =>
        section.fields.find((f) => f.name === name)?.type === "themes"
          ? data.getAll(name).map(String)
          : String(data.get(name) ?? ""),
      );
      const errors = validateSection(section, values);
      const messages = Object.fromEntries(
        Object.entries(errors).map(([name, e]) => [name, errorMessages[name]?.[e.key] ?? ""]),
      );
      showInlineErrors(form, sectionId, messages, touched.current);
    };
    const onBlur = (e: FocusEvent) => {
      const name = (e.target as HTMLInputElement).name;
      if (!name) return;
      touched.current.add(name);
      // Leaving a field for a submit button: the page is about to be replaced by the server's answer,
      // and a message inserted now would move the button away from under the pointer.
      const next = e.relatedTarget as HTMLElement | null;
      if (!(next instanceof HTMLButtonElement && next.type === "submit")) checkFields();
      clearTimeout(timer.current);
      void save();
    };
    form.addEventListener("input", onInput);
    form.addEventListener("focusout", onBlur);
    // A mark that the checks are listening: before this, the form is the plain one that posts.
    const root = wrapper.current;
    if (root) root.dataset.enhanced = "true";
    return () => {
      if (root) delete root.dataset.enhanced;
      clearTimeout(timer.current);
      form.removeEventListener("input", onInput);
      form.removeEventListener("focusout", onBlur);
    };
  }, [sectionId, errorMessages]);

  return (
    <div ref={wrapper}>
      {children}
      <p role="status" aria-live="polite" className="mt-4 min-h-6 text-slate-700">
        {status === "saving" ? savingText : status === "saved" ? savedText : ""}
      </p>
    </div>
  );
}

/** Shows (or clears) the message under each field the person has already left. */
function showInlineErrors(
  form: HTMLFormElement,
  sectionId: string,
  errors: Record<string, string>,
  touched: Set<string>,
) {
  for (const name of touched) {
    const id = `${sectionId}-${name}`;
    const input = form.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!input) continue;
    const container = input.closest("div.mt-6, fieldset") ?? input.parentElement!;
    let message = container.querySelector<HTMLElement>(`[data-inline-error="${name}"]`);
    const text = errors[name];
    if (!text) {
      message?.remove();
      if (!container.querySelector("[data-field-error]")) input.removeAttribute("aria-invalid");
      continue;
    }
    if (container.querySelector("[data-field-error]")) continue; // the server-rendered message is there
    if (!message) {
      message = document.createElement("p");
      message.dataset.inlineError = name;
      message.id = `${id}-inline-error`;
      message.className = "mt-1 font-semibold text-red-800";
      input.insertAdjacentElement("beforebegin", message);
      input.setAttribute(
        "aria-describedby",
        `${input.getAttribute("aria-describedby") ?? ""} ${message.id}`.trim(),
      );
    }
    message.textContent = text;
    input.setAttribute("aria-invalid", "true");
  }
}
