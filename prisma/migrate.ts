// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and
// exits. Production deployments run it once per release, before starting the new app instances;
// the app also migrates at start, so this is for pipelines that prefer an explicit step.
import { getDb, getDbKind } from "../lib/server/db/client";

const db = await getDb();
console.log(`Database (${await getDbKind()}) is up to date.`);
await db.$disconnect();
process.exit(0);
