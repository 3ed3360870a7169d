-- Consent records are append-only: TRUNCATE would erase them as surely as DELETE.
CREATE TRIGGER "ConsentRecord_no_truncate"
  BEFORE TRUNCATE ON "ConsentRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION "consent_record_is_append_only"();
