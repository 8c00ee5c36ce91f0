// Loaded with `node --import tsx --import ./lib/server/cli/node-hooks.mjs` by the commands in
// lib/server/cli. They run lib/server code outside Next.js, where the `server-only` guard would throw
// (it passes only under the react-server condition, which in turn breaks next-intl's navigation that
// builds page addresses). So the guard becomes an empty module here, as vitest.config.ts does.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
