-- The audit log reads by cursor, newest first, all or one action's (AuditLog.list): its indexes end with the id, the
-- cursor's tiebreaker.
DROP INDEX audit_entry_time_idx;
CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at, id);
DROP INDEX audit_entry_action_idx;
CREATE INDEX audit_entry_action_idx ON audit_entry (action, occurred_at, id);
