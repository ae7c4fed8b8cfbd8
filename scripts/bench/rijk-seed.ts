// A Rijk-sized data set (issue 15 item 3), in bulk SQL (INSERT ... SELECT generate_series; no row goes through
// Prisma): one organisation ("rijk") of 40,000 people in 40 units under 2,000 managers, 1,000,000 declarations
// over five years, 200 of them open for one manager (RIJK_MANAGER), 2,500 more open across the other managers,
// 20,000 published side jobs in the register, and this year's annual campaign (40,000 people in its population,
// 30,000 of whom have answered). Deterministic ids, so the bench needs no read-back.

export const RIJK_ORG = "rorg";
export const RIJK_SLUG = "rijk";
export const RIJK_PEOPLE = 40_000;
export const RIJK_MANAGERS = 2_000;
export const RIJK_UNITS = 40;
export const RIJK_DECLARATIONS = 1_000_000;
export const RIJK_OPEN_FOR_MANAGER = 200;
export const RIJK_REGISTER = 20_000;
export const RIJK_CAMPAIGN_ANSWERED = 30_000;
export const RIJK_MANAGER = "rp00001";
export const RIJK_INTEGRITY = "rintegrity";
export const RIJK_HR = "rhr";
export const RIJK_CAMPAIGN = "rcampaign";

/** person p (1..40,000): rp00001 ... rp40000; persons 1..2,000 are managers; p > 2,000 reports to manager ((p-1) % 2,000) + 1. */
export function rijkSeedSql(): string {
  const bulk = RIJK_DECLARATIONS - RIJK_OPEN_FOR_MANAGER;
  // generate_series(7, 999,800, 50) gives 19,996 published side jobs; four side jobs more make 20,000.
  const EXTRA_PUBLISHED = "8, 58, 108, 158";
  // For declaration g: its person, spread over everyone (7 is coprime with 40,000).
  const person = `((g::bigint * 7) % ${RIJK_PEOPLE} + 1)`;
  const pid = (p: string) => `'rp' || lpad((${p})::text, 5, '0')`;
  const unit = (p: string) => `'ru' || lpad(((${p}) % ${RIJK_UNITS})::text, 2, '0')`;
  const manager = (p: string) => `'rp' || lpad((((${p}) - 1) % ${RIJK_MANAGERS} + 1)::text, 5, '0')`;
  // g % 50: 7 → published side job (19,996, plus 4 of the g % 50 = 8); 8-10 other side jobs; 0-6 invitations; 11-29 other
  // types; 30-49 gifts. Statuses by (g / 50) % 10; every 400th (g % 400 = 13) is open with the person's manager.
  return `
SET synchronous_commit = off;
INSERT INTO "Organisation" ("id", "slug", "name", "profile", "referralTitle", "updatedAt")
  VALUES ('${RIJK_ORG}', '${RIJK_SLUG}', 'Ministerie van Schaal', 'RIJK', 'Secretaris-Generaal', now());
INSERT INTO "Unit" ("id", "organisationId", "name", "code", "updatedAt")
SELECT 'ru' || lpad(u::text, 2, '0'), '${RIJK_ORG}', 'Directie ' || u, 'D' || u, now() FROM generate_series(0, ${RIJK_UNITS - 1}) u;

INSERT INTO "Person" ("id", "organisationId", "email", "name", "functionTitle", "roles", "unitId", "managerId", "employmentStart", "updatedAt")
SELECT ${pid("p")}, '${RIJK_ORG}', 'p' || p || '@rijk.example', 'Medewerker ' || p, 'Beleidsmedewerker',
       CASE WHEN p <= ${RIJK_MANAGERS} THEN ARRAY['EMPLOYEE','MANAGER']::"Role"[] ELSE ARRAY['EMPLOYEE']::"Role"[] END,
       ${unit("p")}, CASE WHEN p <= ${RIJK_MANAGERS} THEN NULL ELSE ${manager("p")} END, date '2015-01-01', now()
FROM generate_series(1, ${RIJK_PEOPLE}) p;
INSERT INTO "Person" ("id", "organisationId", "email", "name", "functionTitle", "roles", "updatedAt") VALUES
  ('${RIJK_INTEGRITY}', '${RIJK_ORG}', 'integriteit@rijk.example', 'Rijk Integriteit', 'Integriteitsadviseur', ARRAY['EMPLOYEE','INTEGRITY_OFFICER']::"Role"[], now()),
  ('${RIJK_HR}', '${RIJK_ORG}', 'hr@rijk.example', 'Rijk HR', 'HR-adviseur', ARRAY['EMPLOYEE','HR']::"Role"[], now());

INSERT INTO "Declaration" ("id", "organisationId", "personId", "unitId", "type", "status", "reference", "title", "counterparty", "valueCents",
  "occursOn", "ruleOutcome", "policyVersion", "deciderRole", "assigneeId", "submittedAt", "decidedAt", "createdAt", "updatedAt")
SELECT 'rd' || lpad(g::text, 7, '0'), '${RIJK_ORG}', ${pid(person)}, ${unit(person)}, t.type, t.status,
       'R' || g, 'Melding ' || g, 'Relatie ' || (g % 5000), CASE WHEN t.type IN ('GIFT','INVITATION') THEN (g % 200) * 500 END,
       (t.at)::date, CASE WHEN t.status = 'REGISTERED' THEN 'REGISTER' ELSE 'APPROVAL_REQUIRED' END::"RuleOutcome", 'bench', 'MANAGER',
       CASE WHEN t.status = 'SUBMITTED' THEN ${manager(person)} END,
       t.at, CASE WHEN t.status NOT IN ('SUBMITTED','REGISTERED','WITHDRAWN') THEN t.at + interval '3 days' END, t.at, t.at
FROM generate_series(1, ${bulk}) g
CROSS JOIN LATERAL (SELECT
  (CASE WHEN g % 50 BETWEEN 7 AND 10 THEN 'SIDE_JOB' WHEN g % 50 < 7 THEN 'INVITATION' WHEN g % 50 >= 30 THEN 'GIFT'
        WHEN g % 3 = 0 THEN 'COMMERCIAL_ACTIVITY' WHEN g % 3 = 1 THEN 'FINANCIAL_INTEREST' ELSE 'TRIP_EXTENSION' END)::"DeclarationType" AS type,
  (CASE WHEN g % 50 = 7 OR g IN (${EXTRA_PUBLISHED}) THEN 'APPROVED' WHEN g % 400 = 13 THEN 'SUBMITTED'
        ELSE (ARRAY['REGISTERED','REGISTERED','REGISTERED','REGISTERED','REGISTERED','APPROVED','APPROVED','REFUSED','WITHDRAWN','APPROVED_WITH_CONDITIONS'])[(g / 50) % 10 + 1] END)::"DeclarationStatus" AS status,
  -- In the order they were filed (g = 1 five years ago, g = 999,800 now), as a real table grows: the rows of one
  -- year lie together on disk, so a plan over a period sees the correlation it would see in production.
  now() - ((${bulk} - g) * interval '157.8 seconds') AS at) t;

-- The 200 open for one manager, from the 19 people of the manager's team, over the last 200 hours.
INSERT INTO "Declaration" ("id", "organisationId", "personId", "unitId", "type", "status", "reference", "title", "counterparty", "valueCents",
  "occursOn", "ruleOutcome", "policyVersion", "deciderRole", "assigneeId", "submittedAt", "createdAt", "updatedAt")
SELECT 'rq' || lpad(g::text, 4, '0'), '${RIJK_ORG}', ${pid(`(g % 19 + 1) * ${RIJK_MANAGERS} + 1`)}, ${unit(`(g % 19 + 1) * ${RIJK_MANAGERS} + 1`)}, 'GIFT', 'SUBMITTED',
       'RQ' || g, 'Cadeau ' || g, 'Leverancier ' || (g % 37), 3000, current_date - g / 24, 'APPROVAL_REQUIRED', 'bench', 'MANAGER',
       '${RIJK_MANAGER}', now() - g * interval '1 hour', now() - g * interval '1 hour', now()
FROM generate_series(1, ${RIJK_OPEN_FOR_MANAGER}) g;

-- The register: one published entry for each declaration g with g % 50 = 7 (19,996 of the 999,800) and four
-- more side jobs (g % 50 = 8), 20,000 in all.
INSERT INTO "RegisterEntry" ("id", "organisationId", "declarationId", "personId", "status", "personName", "functionTitle",
  "sideJob", "sideJobOrganisation", "paid", "startedOn", "publishedAt", "updatedAt")
SELECT 'rr' || lpad(g::text, 7, '0'), '${RIJK_ORG}', 'rd' || lpad(g::text, 7, '0'), ${pid(person)}, 'PUBLISHED',
       'Medewerker ' || ${person}, 'Directeur', 'Bestuurslid ' || g, 'Stichting ' || (g % 997), g % 2 = 0,
       current_date - (g % 1826), now() - (g % 1826) * interval '1 day', now()
FROM (SELECT g FROM generate_series(7, ${bulk}, 50) g UNION ALL SELECT unnest(ARRAY[${EXTRA_PUBLISHED}])) s(g);

-- This year's campaign: everyone employed is in its population; 30,000 answered.
INSERT INTO "DeclarationCampaign" ("id", "organisationId", "title", "year", "opensOn", "dueOn", "status", "createdById", "updatedAt")
VALUES ('${RIJK_CAMPAIGN}', '${RIJK_ORG}', 'Jaarverklaring ' || extract(year from current_date), extract(year from current_date)::int,
        current_date - 30, current_date + 30, 'OPEN', '${RIJK_HR}', now());
INSERT INTO "CampaignResponse" ("id", "campaignId", "personId", "answer", "unitId", "respondedAt")
SELECT 'rc' || lpad(p::text, 5, '0'), '${RIJK_CAMPAIGN}', ${pid("p")},
       (CASE WHEN p % 3 = 0 THEN 'NOTHING_TO_DECLARE' ELSE 'COMPLETE' END)::"CampaignAnswer", ${unit("p")}, now() - (p % 30) * interval '1 day'
FROM generate_series(1, ${RIJK_CAMPAIGN_ANSWERED}) p;
`;
}
