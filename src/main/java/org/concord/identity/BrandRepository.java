package org.concord.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BrandRepository extends JpaRepository<Brand, UUID> {

	Optional<Brand> findByHost(String host);

	Optional<Brand> findFirstByDefaultBrandTrue();

	Optional<Brand> findByCode(String code);
}
