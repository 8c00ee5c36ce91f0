import { expect, type Locator } from "@playwright/test";

/**
 * Waits until React has hydrated the element. React resets a <textarea> that has a default value
 * to that value while hydrating it, so text typed before then is lost; a text input keeps it.
 * React marks each element it has hydrated with a "__reactFiber" key.
 */
export async function hydrated(locator: Locator): Promise<Locator> {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactFiber"))))
    .toBe(true);
  return locator;
}
