-- CreateEnum
CREATE TYPE "RegisterErasureGround" AS ENUM ('AVG_16_INACCURATE', 'AVG_17_UNLAWFUL', 'AVG_17_OBJECTION', 'AVG_17_NOT_NEEDED');

-- AlterEnum
ALTER TYPE "RegisterEntryStatus" ADD VALUE 'ERASED';

-- AlterTable
ALTER TABLE "RegisterEntry" ADD COLUMN     "correctedAt" TIMESTAMPTZ(3),
ADD COLUMN     "erasedAt" TIMESTAMPTZ(3),
ADD COLUMN     "erasureGround" "RegisterErasureGround",
ADD COLUMN     "registerNumber" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "RegisterEntry_organisationId_registerNumber_key" ON "RegisterEntry"("organisationId", "registerNumber");

-- Every entry that was ever published gets its public register number (decision 042): REG-<year>-<5 digits>, the
-- year of publication (Amsterdam time), numbered per organisation and year in order of publication. The counter
-- shares "DeclarationCounter" under the prefix 'REG' (not a declaration prefix, so it never collides with one).
WITH numbered AS (
  SELECT "id", "organisationId",
         extract(year FROM ("publishedAt" AT TIME ZONE 'Europe/Amsterdam'))::int AS y,
         row_number() OVER (PARTITION BY "organisationId", extract(year FROM ("publishedAt" AT TIME ZONE 'Europe/Amsterdam')) ORDER BY "publishedAt", "id") AS n
  FROM "RegisterEntry"
  WHERE "publishedAt" IS NOT NULL
)
UPDATE "RegisterEntry" r
SET "registerNumber" = 'REG-' || numbered.y || '-' || lpad(numbered.n::text, 5, '0')
FROM numbered
WHERE numbered."id" = r."id";

INSERT INTO "DeclarationCounter" ("organisationId", "prefix", "year", "next")
SELECT "organisationId", 'REG', split_part("registerNumber", '-', 2)::int, count(*) + 1
FROM "RegisterEntry"
WHERE "registerNumber" IS NOT NULL
GROUP BY 1, 3;
