// `npm run demo [-- -p 3000]`: serves the built portal (`npm run build` first) in demo mode, where an
// empty database is filled with demo data and the demo accounts in the README can sign in. A launcher
// rather than `LOTSEN_DEMO=true next start` in package.json, which Windows shells cannot run.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(
  process.execPath,
  [next, "start", "--keepAliveTimeout", "65000", ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env: { ...process.env, LOTSEN_DEMO: "true" },
  },
);
// Ctrl+C reaches the whole process group; a signal sent to this launcher alone is passed on.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
