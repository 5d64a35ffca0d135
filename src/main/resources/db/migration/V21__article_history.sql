-- An article's history reads its audit events by target ("article 12", "article 12 fr"): one index range per article.
CREATE INDEX ix_audit_event_target ON audit_event (target, occurred_at);
