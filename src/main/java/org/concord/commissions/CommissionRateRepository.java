package org.concord.commissions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommissionRateRepository extends JpaRepository<CommissionRate, UUID> {

	List<CommissionRate> findByTermsVersion(int termsVersion);
}
