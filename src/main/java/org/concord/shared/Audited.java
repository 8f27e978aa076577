package org.concord.shared;

/**
 * Something worth the audit log happened: a change of money, terms or settings. Any module publishes it inside the
 * transaction that makes the change; the audit log writes it down in that same transaction, with who and from where,
 * so the log holds a change exactly when the change was made.
 */
public record Audited(String action, String subject, String detail) {
}
