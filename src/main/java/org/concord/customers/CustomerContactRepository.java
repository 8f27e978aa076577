package org.concord.customers;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerContactRepository extends JpaRepository<CustomerContact, UUID> {

	Page<CustomerContact> findByPartnerId(UUID partnerId, Pageable pageable);
}
