-- The audit trail is append-only at the database level (issue #7, docs/decisions/027-append-only-audit-trail.md).
-- The portal only ever INSERTs audit events (lib/audit/record.ts). These triggers refuse every UPDATE,
-- DELETE and TRUNCATE, whoever sends it, so an event cannot be changed or removed by a bug or through a
-- stolen application connection. Someone who owns the table can still disable the triggers: that is what
-- the hash chain (lib/audit/chain.ts) and `npm run audit:verify` are for.

CREATE OR REPLACE FUNCTION "audit_event_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed on the audit trail', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Audit events are never changed or removed; record a new event instead.';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();
