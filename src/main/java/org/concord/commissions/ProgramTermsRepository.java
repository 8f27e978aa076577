package org.concord.commissions;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramTermsRepository extends JpaRepository<ProgramTerms, Integer> {

	/** The terms in force on a day: the latest version effective on or before it. */
	Optional<ProgramTerms> findFirstByEffectiveFromLessThanEqualOrderByVersionDesc(LocalDate day);

	Optional<ProgramTerms> findFirstByOrderByVersionDesc();
}
