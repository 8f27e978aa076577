package org.concord.identity;

import org.concord.shared.access.Administer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vendor's safeguards (API token lifetime, four eyes on payouts): read by anyone, changed by a vendor admin. */
@Service
public class Safeguards {

	private final SecuritySettingsRepository settings;
	private final AuditLog audit;

	Safeguards(SecuritySettingsRepository settings, AuditLog audit) {
		this.settings = settings;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public SafeguardsView current() {
		return settings.current().toView();
	}

	@Administer
	@Transactional
	public SafeguardsView change(SafeguardsView changed) {
		SecuritySettings current = settings.current();
		SafeguardsView before = current.toView();
		current.change(changed);
		audit.record("SAFEGUARDS_CHANGED", "security settings", before + " -> " + current.toView());
		return current.toView();
	}
}
