package org.concord.partners;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerCompanyRepository extends JpaRepository<PartnerCompany, UUID> {

	Page<PartnerCompany> findPageByIdIn(Collection<UUID> ids, Pageable pageable);

	List<PartnerCompany> findByParentIdOrderByName(UUID parentId);

	boolean existsByNameIgnoreCase(String name);

	@org.springframework.data.jpa.repository.Query("""
			select p.id from PartnerCompany p where p.accountManagerId = :manager or p.accountManagerId is null""")
	List<UUID> managedByOrUnassigned(UUID manager);

	@org.springframework.data.jpa.repository.Query("""
			select count(p) > 0 from PartnerCompany p where p.accountManagerId is not null and p.accountManagerId <> :manager""")
	boolean anyManagedByOthers(UUID manager);

	/** Every partner's routing data as plain values: one query, no managed entities, for thousands of partners. */
	@org.springframework.data.jpa.repository.Query("""
			select new org.concord.partners.RoutingRow(p.id, p.name, t.code, t.name, t.takesVendorLeads, p.tier, p.country,
			p.region, p.postalPrefixes, p.latitude, p.longitude, p.products, p.industries, p.certifications, p.leadCapacity,
			p.leadFlowOn)
			from PartnerCompany p join p.type t""")
	List<RoutingRow> routingRows();

	/** Every partner's certifications with their expiry, as plain values: what routing adds to each profile's own. */
	@org.springframework.data.jpa.repository.Query("""
			select p.id, c.name, c.expiresOn from PartnerCompany p join p.heldCertifications c""")
	List<Object[]> heldCertifications();
}
