package org.concord.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BrandRepository extends JpaRepository<Brand, UUID> {

	Optional<Brand> findByHost(String host);

	String VIEW = "select new org.concord.identity.BrandView(b.id, b.code, b.name, b.host, b.primaryColour, b.accentColour, "
			+ "b.supportEmail, b.senderAddress, b.defaultBrand) from Brand b ";

	/** The brand without its logo bytes: what every page needs, read on every request. */
	@org.springframework.data.jpa.repository.Query(VIEW + "where b.host = :host or (b.defaultBrand = true and not exists "
			+ "(select o from Brand o where o.host = :host)) order by b.defaultBrand asc")
	java.util.List<BrandView> viewForHost(String host, org.springframework.data.domain.Limit limit);

	@org.springframework.data.jpa.repository.Query(VIEW + "order by b.name")
	java.util.List<BrandView> views();

	Optional<Brand> findFirstByDefaultBrandTrue();

	Optional<Brand> findByCode(String code);
}
