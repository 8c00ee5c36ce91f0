import { test } from "@playwright/test";

/** Declares the tests of `tests` in a group that runs them with JavaScript off: plain links and forms. */
export function withoutJavaScript(tests: () => void) {
  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    tests();
  });
}
