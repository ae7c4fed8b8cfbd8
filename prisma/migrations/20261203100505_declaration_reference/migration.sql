-- AlterTable
ALTER TABLE "Declaration" ADD COLUMN     "reference" TEXT;

-- CreateTable
CREATE TABLE "DeclarationCounter" (
    "organisationId" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "next" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DeclarationCounter_pkey" PRIMARY KEY ("organisationId","prefix","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Declaration_organisationId_reference_key" ON "Declaration"("organisationId", "reference");

-- AddForeignKey
ALTER TABLE "DeclarationCounter" ADD CONSTRAINT "DeclarationCounter_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Every declaration that was ever sent gets its reference now, numbered per organisation, type prefix and year of
-- sending (Amsterdam time) in the order it was sent; drafts get theirs when they are sent. The prefixes are those
-- of lib/declarations/reference.ts (a unit test holds the two lists equal).
WITH sent AS (
  SELECT d."id", d."organisationId",
         CASE d."type"
           WHEN 'GIFT' THEN 'GES'
           WHEN 'INVITATION' THEN 'UIT'
           WHEN 'COMMERCIAL_ACTIVITY' THEN 'SPR'
           WHEN 'TRIP_EXTENSION' THEN 'DRV'
           WHEN 'SIDE_JOB' THEN 'NEV'
           WHEN 'FINANCIAL_INTEREST' THEN 'FIN'
           WHEN 'FORMER_EMPLOYEE_HIRE' THEN 'OMW'
           WHEN 'EX_MINISTER_CONTACT' THEN 'OBP'
           WHEN 'JOB_MOVE' THEN 'OVS'
         END AS prefix,
         extract(year FROM coalesce(d."submittedAt", d."createdAt") AT TIME ZONE 'Europe/Amsterdam')::int AS year,
         coalesce(d."submittedAt", d."createdAt") AS sent_at
  FROM "Declaration" d
  WHERE d."status" <> 'DRAFT'
), numbered AS (
  SELECT s.*, row_number() OVER (PARTITION BY s."organisationId", s.prefix, s.year ORDER BY s.sent_at, s."id") AS n
  FROM sent s
)
UPDATE "Declaration" d
SET "reference" = n.prefix || '-' || n.year || '-' || lpad(n.n::text, greatest(5, length(n.n::text)), '0')
FROM numbered n
WHERE d."id" = n."id";

INSERT INTO "DeclarationCounter" ("organisationId", "prefix", "year", "next")
SELECT "organisationId", split_part("reference", '-', 1), split_part("reference", '-', 2)::int, count(*) + 1
FROM "Declaration"
WHERE "reference" IS NOT NULL
GROUP BY 1, 2, 3;

-- Notifications and e-mails waiting in the outbox say only the reference and the kind of declaration from now on
-- (docs/decisions/037): drop the titles and names they stored and give them the reference instead.
UPDATE "Notification" n
SET "params" = (n."params" - 'title' - 'person') || jsonb_build_object('reference', coalesce(d."reference", ''), 'type', lower(replace(d."type"::text, '_', '-')))
FROM "Declaration" d
WHERE d."id" = n."declarationId";

UPDATE "OutboundEmail" o
SET "params" = (o."params" - 'title' - 'person') || jsonb_build_object('reference', coalesce(d."reference", ''), 'type', lower(replace(d."type"::text, '_', '-')))
FROM "Declaration" d
WHERE d."id" = o."declarationId";

-- Campaign messages name the campaign's year instead of the title HR typed.
UPDATE "Notification" n
SET "params" = (n."params" - 'title' - 'person') || jsonb_build_object('year', c."year"::text)
FROM "DeclarationCampaign" c
WHERE n."declarationId" IS NULL AND n."eventKey" LIKE 'campaign:' || c."id" || ':%';

UPDATE "OutboundEmail" o
SET "params" = (o."params" - 'title' - 'person') || jsonb_build_object('year', c."year"::text)
FROM "DeclarationCampaign" c
WHERE o."declarationId" IS NULL AND o."eventKey" LIKE 'campaign:' || c."id" || ':%';

UPDATE "Notification" SET "params" = "params" - 'title' - 'person' WHERE "params" ? 'title' OR "params" ? 'person';
UPDATE "OutboundEmail" SET "params" = "params" - 'title' - 'person' WHERE "params" ? 'title' OR "params" ? 'person';
