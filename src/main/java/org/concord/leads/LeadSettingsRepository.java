package org.concord.leads;

import org.springframework.data.jpa.repository.JpaRepository;

interface LeadSettingsRepository extends JpaRepository<LeadSettings, Integer> {

	default LeadSettings current() {
		return findById(1).orElseThrow(() -> new IllegalStateException("lead_settings has no row"));
	}
}
