// The benchmark's data set, written in bulk with INSERT ... SELECT generate_series (seconds, not minutes).
// Three organisations, so each benchmark sees exactly the sizes the issue names:
//   bench         10,000 declarations; a manager (bmgrqueue) with 200 open items; 5,000 published side jobs
//   bench-submit  200 employees with SUBMIT_DRAFTS_PER_PERSON complete gift drafts each, under manager bsubmgr
//   bench-csv     100,000 published side jobs (the CSV export)
// Ids are deterministic ("bsub0001", "bd0001001", ...), so the load generator needs no read-back while the
// server holds the database (PGlite allows one process).

export const SUBMITTERS = 200;
export const SUBMIT_DRAFTS_PER_PERSON = 30;
export const QUEUE_MANAGER_ID = "bmgrqueue";
export const QUEUE_OPEN_ITEMS = 200;
export const QUEUE_ORG_DECLARATIONS = 10_000;
export const REGISTER_SLUG = "bench";
export const REGISTER_ROWS = 5_000;
export const CSV_SLUG = "bench-csv";
export const CSV_ROWS = 100_000;

const pad = (n: number, width: number) => String(n).padStart(width, "0");
export const submitterId = (p: number) => `bsub${pad(p, 4)}`;
export const draftId = (p: number, k: number) => `bd${pad(p, 4)}${pad(k, 3)}`;

/** The answers of a complete gift form (as lib/declarations stores them): a 30 euro bottle of wine, given yesterday. */
export const GIFT_ANSWERS = `jsonb_build_object(
  'direction', 'received', 'kind', 'goods', 'description', 'Fles wijn', 'giver', 'Wijnhandel ' || p,
  'valueEuros', '30,00', 'date', to_char((now() at time zone 'Europe/Amsterdam')::date - 1, 'YYYY-MM-DD'),
  'giverInProcurementOrAwaitingDecision', 'no', 'deliveredToHomeAddress', 'no', 'foreignRelation', 'no',
  'refusalWouldOffend', 'no', 'explanation', '')`;

export function benchSeedSql(): string {
  return `
INSERT INTO "Organisation" ("id", "slug", "name", "profile", "referralTitle", "updatedAt") VALUES
  ('borgqueue', '${REGISTER_SLUG}', 'Benchmarkministerie', 'RIJK', 'Secretaris-Generaal', now()),
  ('borgsubmit', 'bench-submit', 'Benchmark indieners', 'RIJK', 'Secretaris-Generaal', now()),
  ('borgcsv', '${CSV_SLUG}', 'Benchmark exportdienst', 'RIJK', 'Secretaris-Generaal', now());

INSERT INTO "Person" ("id", "organisationId", "email", "name", "functionTitle", "roles", "updatedAt") VALUES
  ('${QUEUE_MANAGER_ID}', 'borgqueue', 'queue.manager@bench.example', 'Wachtrij Manager', 'Afdelingshoofd', ARRAY['EMPLOYEE','MANAGER']::"Role"[], now()),
  ('bintqueue', 'borgqueue', 'integrity.queue@bench.example', 'Integriteit Wachtrij', 'Integriteitsadviseur', ARRAY['EMPLOYEE','INTEGRITY_OFFICER']::"Role"[], now()),
  ('bsubmgr', 'borgsubmit', 'submit.manager@bench.example', 'Indien Manager', 'Afdelingshoofd', ARRAY['EMPLOYEE','MANAGER']::"Role"[], now()),
  ('bintsubmit', 'borgsubmit', 'integrity.submit@bench.example', 'Integriteit Indieners', 'Integriteitsadviseur', ARRAY['EMPLOYEE','INTEGRITY_OFFICER']::"Role"[], now()),
  ('bcsvperson', 'borgcsv', 'csv.person@bench.example', 'Export Medewerker', 'Beleidsmedewerker', ARRAY['EMPLOYEE']::"Role"[], now());

-- The queue manager's team (50) and the submitters (200).
INSERT INTO "Person" ("id", "organisationId", "email", "name", "functionTitle", "roles", "managerId", "updatedAt")
SELECT 'bteam' || lpad(g::text, 3, '0'), 'borgqueue', 'team' || g || '@bench.example', 'Teamlid ' || g, 'Beleidsmedewerker',
       ARRAY['EMPLOYEE']::"Role"[], '${QUEUE_MANAGER_ID}', now()
FROM generate_series(1, 50) g;
INSERT INTO "Person" ("id", "organisationId", "email", "name", "functionTitle", "roles", "managerId", "updatedAt")
SELECT 'bsub' || lpad(g::text, 4, '0'), 'borgsubmit', 'sub' || g || '@bench.example', 'Indiener ' || g, 'Beleidsmedewerker',
       ARRAY['EMPLOYEE']::"Role"[], 'bsubmgr', now()
FROM generate_series(1, ${SUBMITTERS}) g;

-- bench: 200 open gifts waiting for the queue manager ...
INSERT INTO "Declaration" ("id", "organisationId", "personId", "type", "status", "title", "counterparty", "valueCents",
  "ruleOutcome", "policyVersion", "deciderRole", "assigneeId", "submittedAt", "occursOn", "updatedAt")
SELECT 'bq' || lpad(g::text, 6, '0'), 'borgqueue', 'bteam' || lpad((g % 50 + 1)::text, 3, '0'), 'GIFT', 'SUBMITTED',
       'Cadeau ' || g, 'Leverancier ' || (g % 37), 3000, 'APPROVAL_REQUIRED', 'bench', 'MANAGER', '${QUEUE_MANAGER_ID}',
       now() - g * interval '1 hour', current_date - (g / 24), now()
FROM generate_series(1, ${QUEUE_OPEN_ITEMS}) g;
-- ... 5,000 approved side jobs (published in the register) ...
INSERT INTO "Declaration" ("id", "organisationId", "personId", "type", "status", "title", "counterparty",
  "ruleOutcome", "policyVersion", "deciderRole", "submittedAt", "decidedAt", "updatedAt")
SELECT 'bs' || lpad(g::text, 6, '0'), 'borgqueue', 'bteam' || lpad((g % 50 + 1)::text, 3, '0'), 'SIDE_JOB', 'APPROVED',
       'Nevenfunctie ' || g, 'Stichting ' || (g % 997), 'APPROVAL_REQUIRED', 'bench', 'MANAGER',
       now() - (g % 700) * interval '1 day', now() - (g % 700) * interval '1 day' + interval '2 days', now()
FROM generate_series(1, ${REGISTER_ROWS}) g;
-- ... and decided or registered gifts and invitations up to 10,000.
INSERT INTO "Declaration" ("id", "organisationId", "personId", "type", "status", "title", "counterparty", "valueCents",
  "ruleOutcome", "policyVersion", "deciderRole", "submittedAt", "decidedAt", "updatedAt")
SELECT 'bo' || lpad(g::text, 6, '0'), 'borgqueue', 'bteam' || lpad((g % 50 + 1)::text, 3, '0'),
       (CASE WHEN g % 3 = 0 THEN 'INVITATION' ELSE 'GIFT' END)::"DeclarationType",
       (CASE g % 4 WHEN 0 THEN 'REGISTERED' WHEN 1 THEN 'APPROVED' WHEN 2 THEN 'REFUSED' ELSE 'WITHDRAWN' END)::"DeclarationStatus",
       'Melding ' || g, 'Relatie ' || (g % 501), 2500, 'REGISTER', 'bench', 'MANAGER',
       now() - (g % 900) * interval '1 day', now() - (g % 900) * interval '1 day' + interval '1 day', now()
FROM generate_series(1, ${QUEUE_ORG_DECLARATIONS - QUEUE_OPEN_ITEMS - REGISTER_ROWS}) g;
INSERT INTO "RegisterEntry" ("id", "organisationId", "declarationId", "personId", "status", "personName", "functionTitle",
  "sideJob", "sideJobOrganisation", "paid", "startedOn", "publishedAt", "updatedAt")
SELECT 'br' || lpad(g::text, 6, '0'), 'borgqueue', 'bs' || lpad(g::text, 6, '0'), 'bteam' || lpad((g % 50 + 1)::text, 3, '0'),
       'PUBLISHED', 'Medewerker ' || lpad(((g * 7919) % ${REGISTER_ROWS})::text, 5, '0'), 'Directeur',
       'Bestuurslid ' || g, 'Stichting ' || (g % 997), g % 2 = 0, current_date - (g % 700), now() - (g % 700) * interval '1 day', now()
FROM generate_series(1, ${REGISTER_ROWS}) g;

-- bench-submit: complete gift drafts, version 1.
INSERT INTO "Declaration" ("id", "organisationId", "personId", "type", "status", "answers", "updatedAt")
SELECT 'bd' || lpad(p::text, 4, '0') || lpad(k::text, 3, '0'), 'borgsubmit', 'bsub' || lpad(p::text, 4, '0'), 'GIFT', 'DRAFT',
       ${GIFT_ANSWERS}, now()
FROM generate_series(1, ${SUBMITTERS}) p, generate_series(1, ${SUBMIT_DRAFTS_PER_PERSON}) k;

-- bench-csv: 100,000 published side jobs.
INSERT INTO "Declaration" ("id", "organisationId", "personId", "type", "status", "title", "ruleOutcome", "policyVersion",
  "deciderRole", "submittedAt", "decidedAt", "updatedAt")
SELECT 'bc' || lpad(g::text, 6, '0'), 'borgcsv', 'bcsvperson', 'SIDE_JOB', 'APPROVED', 'Nevenfunctie ' || g,
       'APPROVAL_REQUIRED', 'bench', 'MANAGER', now() - interval '30 days', now() - interval '29 days', now()
FROM generate_series(1, ${CSV_ROWS}) g;
INSERT INTO "RegisterEntry" ("id", "organisationId", "declarationId", "personId", "status", "personName", "functionTitle",
  "sideJob", "sideJobOrganisation", "paid", "conditions", "startedOn", "publishedAt", "updatedAt")
SELECT 'bx' || lpad(g::text, 6, '0'), 'borgcsv', 'bc' || lpad(g::text, 6, '0'), 'bcsvperson', 'PUBLISHED',
       'Medewerker ' || lpad(((g * 7919) % ${CSV_ROWS})::text, 6, '0'), 'Directeur ' || (g % 40),
       'Lid raad van toezicht ' || g, 'Stichting Voorbeeld ' || (g % 4999), g % 2 = 0, 'Buiten werktijd',
       current_date - (g % 1500), now() - (g % 1500) * interval '1 day', now()
FROM generate_series(1, ${CSV_ROWS}) g;

ANALYZE;
`;
}
