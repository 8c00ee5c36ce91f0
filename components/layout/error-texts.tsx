"use client";

import { createContext, useContext, type ReactNode } from "react";

// The texts of the error page (app/[locale]/error.tsx), the one client component that needs texts
// of its own. Handed down as plain strings, so the browser gets no message formatter for them.

export interface ErrorTexts {
  errorTitle: string;
  errorText: string;
  /** With "{id}" where the error's reference goes. */
  reference: string;
  tryAgain: string;
}

const Context = createContext<ErrorTexts | null>(null);

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <Context.Provider value={texts}>{children}</Context.Provider>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(Context);
  if (!texts) throw new Error("useErrorTexts: no ErrorTextsProvider above");
  return texts;
}
