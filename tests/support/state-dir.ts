import path from "node:path";

// Where tests keep their scratch folders (received mail, embedded databases of their own servers).
// .ci/run runs the PostgreSQL suites beside the embedded ones, each with a folder of its own.
export function stateDir(name: string): string {
  return path.join(process.env.TEST_STATE_DIR || ".data", name);
}
