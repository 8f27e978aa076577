package org.concord.registrations;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DirectOpportunityRepository extends JpaRepository<DirectOpportunity, UUID> {

	/** A direct opportunity's key, read without loading the entity (the id as text: H2 and PostgreSQL agree on that). */
	interface DirectKey {
		String getDirectId();

		String getKeyKind();

		String getKeyValue();
	}

	/** Every key of this product's direct opportunities on any of these values: one index range per value. */
	@Query(value = """
			select cast(direct_id as varchar(36)) as direct_id, key_kind, key_value from direct_opportunity_key
			where product = :product and key_value in (:values)""", nativeQuery = true)
	List<DirectKey> keysOn(String product, Collection<String> values);
}
