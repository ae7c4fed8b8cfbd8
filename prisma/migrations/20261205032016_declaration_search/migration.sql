-- AlterTable
ALTER TABLE "Declaration" ADD COLUMN     "search" tsvector;

-- CreateIndex
CREATE INDEX "Declaration_search_idx" ON "Declaration" USING GIN ("search");

-- Dutch full-text search (decision 069): the title, the counterparty (giver, host, organisation, supplier) and the
-- answers' fields meant for free text or for a name (the "text" and "textarea" fields of lib/declarations/forms).
-- Names weigh more (A) than the free text (B). Kept by a trigger: an expression over the JSON answers is fine as a
-- trigger, and keeps the list of fields in one place in the database.
CREATE FUNCTION declaration_search_document(title TEXT, counterparty TEXT, answers JSONB) RETURNS tsvector
LANGUAGE sql IMMUTABLE AS $$
  SELECT
    setweight(to_tsvector('dutch', coalesce(title, '') || ' ' || coalesce(counterparty, '') || ' ' ||
      concat_ws(' ', answers->>'giver', answers->>'host', answers->>'organisation', answers->>'organiser',
        answers->>'company', answers->>'business', answers->>'buyer', answers->>'newEmployer', answers->>'partyName',
        answers->>'eventName')), 'A') ||
    setweight(to_tsvector('dutch', concat_ws(' ', answers->>'description', answers->>'explanation',
      answers->>'details', answers->>'subject', answers->>'matter', answers->>'purpose', answers->>'assignment',
      answers->>'destination', answers->>'location', answers->>'newFunction', answers->>'otherPartyDescription',
      answers->>'policyRelevance', answers->>'weightyReasonsExplanation')), 'B')
$$;

CREATE FUNCTION declaration_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search" := declaration_search_document(NEW."title", NEW."counterparty", NEW."answers");
  RETURN NEW;
END
$$;

CREATE TRIGGER declaration_search_refresh BEFORE INSERT OR UPDATE OF "title", "counterparty", "answers"
  ON "Declaration" FOR EACH ROW EXECUTE FUNCTION declaration_search_refresh();

-- Existing rows.
UPDATE "Declaration" SET "search" = declaration_search_document("title", "counterparty", "answers");
