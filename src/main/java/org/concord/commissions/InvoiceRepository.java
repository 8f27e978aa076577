package org.concord.commissions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceRepository extends JpaRepository<Invoice, UUID> {

	boolean existsByContractIdAndPeriodStart(UUID contractId, LocalDate periodStart);

	List<Invoice> findByContractIdOrderByPeriodStart(UUID contractId);
}
