"use client";

import { useErrorTexts } from "@/components/layout/error-texts";

// Unexpected errors: a plain message and a reference id, never a stack trace.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useErrorTexts();
  return (
    <>
      <h1>{t.errorTitle}</h1>
      <p>{t.errorText}</p>
      {error.digest && <p>{t.reference.replace("{id}", error.digest)}</p>}
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 text-white">
        {t.tryAgain}
      </button>
    </>
  );
}
