package org.concord.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BrandRepository extends JpaRepository<Brand, UUID> {

	Optional<Brand> findByHost(String host);

	String VIEW = "select new org.concord.identity.BrandView(b.id, b.code, b.name, b.host, b.primaryColour, b.accentColour, "
			+ "b.supportEmail, b.senderAddress, b.defaultBrand) from Brand b ";

	/** The brand without its logo bytes: what every page needs, read on every request. */
	@Query(VIEW + "where b.host = :host or (b.defaultBrand = true and not exists "
			+ "(select o from Brand o where o.host = :host)) order by b.defaultBrand asc")
	List<BrandView> viewForHost(String host, Limit limit);

	@Query(VIEW + "order by b.name")
	List<BrandView> views();

	Optional<Brand> findFirstByDefaultBrandTrue();

	Optional<Brand> findByCode(String code);
}
