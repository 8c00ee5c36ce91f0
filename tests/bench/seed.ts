// Bench data, written before the server starts (an embedded data folder has one process at a time):
// the demo data, BENCH_REQUESTS generated requests for the inbox (default 100,000) and
// BENCH_PARTNERSHIPS generated published partnerships for the register (default 5,000). Idempotent:
// rows already generated are counted and only the rest are added (or the extra ones removed). All
// set-based SQL: one statement per batch, never a row at a time.
// Run with: tsx --conditions=react-server tests/bench/seed.ts
import { getDb } from "../../lib/server/db/client";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100_000);
const PARTNERSHIPS = Number(process.env.BENCH_PARTNERSHIPS ?? 5_000);
const BATCH = 10_000;
const log = (msg: string) => process.stderr.write(`[bench seed] ${msg}\n`);

const db = await getDb();

// Organisations and contacts to point the requests at (names with words to search for).
const orgCount = await db.$queryRawUnsafe<{ n: bigint }[]>(
  `SELECT count(*) AS n FROM organisation WHERE name LIKE 'Benchföreningen %'`,
);
if (Number(orgCount[0]!.n) === 0) {
  await db.$executeRawUnsafe(`
    INSERT INTO organisation (id, name, form, updated_at)
    SELECT gen_random_uuid(), 'Benchföreningen ' || i, (ARRAY['ASSOCIATION','FOUNDATION','WORK_INTEGRATING_SOCIAL_ENTERPRISE']::"OrganisationForm"[])[1 + i % 3], now()
    FROM generate_series(1, 2000) AS i`);
  await db.$executeRawUnsafe(`
    INSERT INTO contact_person (id, organisation_id, name, email)
    SELECT gen_random_uuid(), o.id, 'Kontakt ' || o.name, 'kontakt' || row_number() OVER () || '@bench.example'
    FROM organisation o WHERE o.name LIKE 'Benchföreningen %'`);
}

const have = Number(
  (await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM request WHERE subject LIKE 'Bench %'`))[0]!
    .n,
);
for (let from = have + 1; from <= REQUESTS; from += BATCH) {
  const to = Math.min(REQUESTS, from + BATCH - 1);
  log(`requests ${from}–${to}`);
  // Spread over five years, every step, both kinds, several themes; most closed, as in a real
  // archive. The answers hold ordinary words, and one in a thousand the word "läxhjälp" to find.
  await db.$executeRawUnsafe(`
    WITH orgs AS (
      SELECT o.id AS org_id, c.id AS contact_id, row_number() OVER (ORDER BY o.name) AS n
      FROM organisation o JOIN contact_person c ON c.organisation_id = o.id
      WHERE o.name LIKE 'Benchföreningen %'
    )
    INSERT INTO request (id, kind, status, step, outcome, registration_number, received_at, step_entered_at,
      subject, themes, answers, organisation_id, contact_id, created_at, updated_at)
    SELECT gen_random_uuid(),
      CASE WHEN i % 10 = 0 THEN 'QUESTION' ELSE 'COLLABORATION' END::"RequestKind",
      CASE WHEN i % 5 = 0 THEN 'OPEN' ELSE 'ENDED' END::"RequestStatus",
      (ARRAY['RECEIVED','REVIEWED','EXPERTS_CONSULTED','PRESENTED','PROPOSAL','COMMITTEE']::"Step"[])[1 + i % 6],
      CASE WHEN i % 5 = 0 THEN NULL ELSE (ARRAY['GRANTED','DECLINED','WITHDRAWN','CLOSED']::"Outcome"[])[1 + i % 4] END,
      'BENCH ' || (2021 + i % 5) || '/' || lpad(i::text, 6, '0'),
      now() - (i % 1800) * interval '1 day',
      now() - (i % 90) * interval '1 day',
      'Bench ' || i || ': ' || (ARRAY['läxhjälp för nyanlända','arbetsträning','nattvandring','stödsamtal','idrott på landsbygden'])[1 + i % 5],
      ARRAY[(ARRAY['INTEGRATION','LABOUR_MARKET','YOUTH_EMPLOYMENT','VIOLENCE_AGAINST_WOMEN','MENTAL_HEALTH','RURAL_ACTIVITIES']::"Theme"[])[1 + i % 6]],
      jsonb_build_object('idea', jsonb_build_object('what',
        CASE WHEN i % 1000 = 7 THEN 'Vi vill ordna läxhjälp två kvällar i veckan, nummer ' || i
             ELSE 'En verksamhet för fler i arbete och gemenskap, förslag nummer ' || i END)),
      orgs.org_id, orgs.contact_id,
      now() - (i % 1800) * interval '1 day', now()
    FROM generate_series(${from}, ${to}) AS i JOIN orgs ON orgs.n = 1 + i % 2000`);
}

// Each ended request's closing event, within the last 300 days: shorter than any period of the
// retention schedule (lib/domain/retention.ts), so the daily retention run has nothing due, as on
// any day once it has run for a while. Without it every ended request counts as due (its period
// runs from its last event), and the run that starts five minutes after the server
// (lib/server/retention/run.ts) pseudonymised 33,100 of them for nine minutes, through the inbox's
// measurements, and took the words the inbox search looks for.
await db.$executeRawUnsafe(`
  INSERT INTO case_event (request_id, type, data, actor_type, created_at)
  SELECT r.id, 'ENDED', jsonb_build_object('outcome', r.outcome, 'reason', 'Bench'), 'SYSTEM',
    now() - (right(r.registration_number, 6)::int % 300) * interval '1 day'
  FROM request r
  WHERE r.subject LIKE 'Bench %' AND r.status = 'ENDED'
    AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.request_id = r.id)`);

const havePartnerships = Number(
  (
    await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM partnership WHERE title LIKE 'Benchpartnerskap %'`,
    )
  )[0]!.n,
);
// A run with fewer partnerships than the last one on the same database: the extra ones go.
if (havePartnerships > PARTNERSHIPS) {
  await db.$executeRawUnsafe(`
    DELETE FROM partnership WHERE title LIKE 'Benchpartnerskap %' AND substr(title, 18)::int > ${PARTNERSHIPS}`);
}
if (havePartnerships < PARTNERSHIPS) {
  log(`partnerships ${havePartnerships + 1}–${PARTNERSHIPS}`);
  await db.$executeRawUnsafe(`
    INSERT INTO partnership (id, title, municipality, purpose, target_group, efforts, overall_goal, goals, themes,
      start_year, end_year, status, published_at, published, updated_at)
    SELECT gen_random_uuid(), 'Benchpartnerskap ' || i,
      (ARRAY['Göteborg','Malmö','Uppsala','Örebro','Umeå'])[1 + i % 5],
      'Att fler ska komma i arbete och få en meningsfull fritid.', 'Unga vuxna och nyanlända',
      'Mentorskap, läxhjälp och praktikplatser.', 'Fler i egen försörjning.',
      '[{"text":"Fler deltagare i arbete","indicator":"Andel i arbete","target":"50 %"}]'::jsonb,
      ARRAY[(ARRAY['INTEGRATION','LABOUR_MARKET','YOUTH_EMPLOYMENT','VIOLENCE_AGAINST_WOMEN','MENTAL_HEALTH','RURAL_ACTIVITIES']::"Theme"[])[1 + i % 6]],
      2015 + i % 10,
      -- Active ones run to this year or later: an active partnership past its term would be ended by
      -- the background job (lib/server/partnerships/end-expired.ts) while the bench runs, changing
      -- the register's version (its ETags and cache keys) every few seconds.
      CASE WHEN i % 3 = 0 THEN 2018 + i % 8 ELSE extract(year FROM now())::int + i % 4 END,
      CASE WHEN i % 3 = 0 THEN 'ENDED' ELSE 'ACTIVE' END::"PartnershipStatus",
      now() - interval '1 day',
      '{"content":true,"goals":true,"results":true,"budget":false}'::jsonb, now()
    FROM generate_series(${havePartnerships + 1}, ${PARTNERSHIPS}) AS i`);
  await db.$executeRawUnsafe(`
    INSERT INTO partnership_party (id, partnership_id, side, name, department, sort_order)
    SELECT gen_random_uuid(), p.id, s.side::"PartySide", s.prefix || substr(p.title, 18), s.department, s.sort_order
    FROM partnership p
    CROSS JOIN (VALUES ('CIVIL_SOCIETY', 'Föreningen ', NULL, 0), ('PUBLIC', 'Förvaltningen ', 'Arbetsmarknadsförvaltningen', 1))
      AS s(side, prefix, department, sort_order)
    WHERE p.title LIKE 'Benchpartnerskap %'
      AND NOT EXISTS (SELECT 1 FROM partnership_party x WHERE x.partnership_id = p.id)`);
}

// VACUUM as autovacuum would have on a real database: index-only scans need the visibility map.
await db.$executeRawUnsafe("VACUUM ANALYZE");
log(`ready: ${REQUESTS} requests, ${PARTNERSHIPS} partnerships`);
await db.$disconnect();
process.exit(0);
