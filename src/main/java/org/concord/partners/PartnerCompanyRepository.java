package org.concord.partners;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerCompanyRepository extends JpaRepository<PartnerCompany, UUID> {

	Page<PartnerCompany> findPageById(UUID id, Pageable pageable);

	boolean existsByNameIgnoreCase(String name);
}
