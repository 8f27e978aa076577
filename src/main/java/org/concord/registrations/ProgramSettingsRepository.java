package org.concord.registrations;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramSettingsRepository extends JpaRepository<ProgramSettings, Integer> {

	default ProgramSettings current() {
		return findById(1).orElseThrow(() -> new IllegalStateException("registration_settings has no row 1"));
	}
}
