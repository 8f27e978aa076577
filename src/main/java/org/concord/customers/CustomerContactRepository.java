package org.concord.customers;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerContactRepository extends JpaRepository<CustomerContact, UUID> {

	Page<CustomerContact> findByPartnerId(UUID partnerId, Pageable pageable);

	/** A partner's contacts whose company, name or e-mail contains the words typed (lower case, with % around). */
	@org.springframework.data.jpa.repository.Query("""
			select c from CustomerContact c where c.partnerId = :partnerId and (lower(c.companyName) like :text
			or lower(c.lastName) like :text or lower(c.firstName) like :text or lower(c.email) like :text)""")
	Page<CustomerContact> search(UUID partnerId, String text, Pageable pageable);
}
