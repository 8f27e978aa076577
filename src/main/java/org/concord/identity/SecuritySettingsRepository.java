package org.concord.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecuritySettingsRepository extends JpaRepository<SecuritySettings, Integer> {

	default SecuritySettings current() {
		return findById(1).orElseThrow(() -> new IllegalStateException("security_settings has no row 1"));
	}
}
