package org.concord.commissions;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TermsVersionRepository extends JpaRepository<TermsVersion, Integer> {

	/** The terms in force on a day: the latest version effective on or before it. */
	Optional<TermsVersion> findFirstByEffectiveFromLessThanEqualOrderByVersionDesc(LocalDate day);

	Optional<TermsVersion> findFirstByOrderByVersionDesc();
}
