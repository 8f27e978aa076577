package org.concord.commissions;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedStatementMonthRepository extends JpaRepository<IssuedStatementMonth, String> {

	/** The latest issued month: every month up to it is closed. Months are written YYYY-MM, so text order is time order. */
	Optional<IssuedStatementMonth> findFirstByOrderByStatementMonthDesc();
}
