package org.concord.commissions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, UUID> {

	Optional<Payment> findByIdempotencyKey(String idempotencyKey);

	List<Payment> findByInvoiceIdOrderByRecordedAt(UUID invoiceId);

	List<Payment> findByReversesPaymentId(UUID paymentId);
}
