"use client";

import { useLayoutEffect, useRef, useState, useSyncExternalStore, type ComponentProps } from "react";

const noSubscription = () => () => {};

// What was typed into each textarea since this script loaded, which is before the page hydrates.
// The hydrating render reads the box, but an edit can still land between that read and the commit
// in which React resets the box; this keeps the latest text for the layout effect below.
const typedSinceLoad = new Map<string, string>();
if (typeof document !== "undefined")
  document.addEventListener(
    "input",
    (e) => {
      if (e.target instanceof HTMLTextAreaElement && e.target.id)
        typedSinceLoad.set(e.target.id, e.target.value);
    },
    true,
  );

/**
 * A textarea that keeps what a person typed before the page's JavaScript ran. While hydrating, React
 * sets a textarea's value back to its server-rendered text (`initTextarea` in react-dom's client;
 * text inputs are spared), so an edit begun on a slow connection would vanish without a trace. The
 * hydrating render reads the box before React reaches it, and the typed text is put back once React
 * is done. On a page reached by client navigation there is nothing to keep.
 */
export function KeptTextarea(props: ComponentProps<"textarea"> & { id: string }) {
  // The server snapshot is used on the server and while hydrating, the other one after.
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  const [typed] = useState(() => (hydrating ? valueInPage(props.id) : null));
  const box = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    const latest = typed === null ? null : (typedSinceLoad.get(props.id) ?? typed);
    if (!el || latest === null || el.value === latest) return;
    el.value = latest;
    // Listeners (a character count, the draft's autosave) learn of the text as if it were typed now.
    el.dispatchEvent(new Event("input", { bubbles: true }));
    // Once, after the hydrating commit: later edits are React's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed]);
  return <textarea ref={box} {...props} />;
}

function valueInPage(id: string): string | null {
  if (typeof document === "undefined") return null; // rendered on the server
  const el = document.getElementById(id);
  return el instanceof HTMLTextAreaElement ? el.value : null;
}
