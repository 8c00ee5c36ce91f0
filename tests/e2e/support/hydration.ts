import { expect, type Locator } from "@playwright/test";

/**
 * Waits until React has hydrated the element. React sets a <textarea> back to its server-rendered
 * text while hydrating it; the field kit's textarea (components/form/kept-textarea.tsx) puts text typed
 * before then back, but text typed in the instant React is at work on the box itself could still be
 * lost, so specs that type over a textarea showing a value wait for this first.
 * React marks each element it has hydrated with a "__reactFiber" key.
 */
export async function hydrated(locator: Locator): Promise<Locator> {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactFiber"))))
    .toBe(true);
  return locator;
}
