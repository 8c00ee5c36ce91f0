import { spawn, type ChildProcess } from "node:child_process";

// Production servers (`next start` on the build in .next) started as their own process groups, so
// a test can kill one outright (SIGKILL: no shutdown hooks, connections cut mid-request).

export interface Instance {
  port: number;
  url: string;
  alive: boolean;
  child: ChildProcess;
}

const NEXT_BIN = "node_modules/next/dist/bin/next";

export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env, NODE_ENV: "production", LOG_LEVEL: "error" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const instance = { port, url: `http://127.0.0.1:${port}`, alive: true, child };
  child.once("exit", () => {
    instance.alive = false;
  });
  await waitHealthy(instance);
  return instance;
}

async function waitHealthy(instance: Instance, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!instance.alive) throw new Error(`instance on ${instance.port} exited while starting`);
    try {
      const response = await fetch(`${instance.url}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`instance on ${instance.port} not healthy within ${timeoutMs} ms`);
}

async function signal(instance: Instance, name: NodeJS.Signals, waitMs: number): Promise<boolean> {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return true;
  const exited = new Promise<boolean>((resolve) => {
    instance.child.once("exit", () => resolve(true));
    setTimeout(() => resolve(false), waitMs).unref();
  });
  try {
    process.kill(-instance.child.pid!, name); // the whole group this test started
  } catch {
    return true; // already gone
  }
  return exited;
}

/** SIGKILL: the instance dies at once, whatever it was doing. */
export async function killInstance(instance: Instance): Promise<void> {
  instance.alive = false;
  await signal(instance, "SIGKILL", 10_000);
}

/** SIGTERM, then SIGKILL if it is still there after ten seconds. */
export async function stopInstance(instance: Instance): Promise<void> {
  instance.alive = false;
  if (!(await signal(instance, "SIGTERM", 10_000))) await killInstance(instance);
}
