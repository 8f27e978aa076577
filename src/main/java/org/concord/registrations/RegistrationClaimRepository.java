package org.concord.registrations;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RegistrationClaimRepository extends JpaRepository<RegistrationClaim, UUID> {

	/** Every claim of this product on any of these values, whatever its kind: one index range per value. */
	/** A claim's kind and value, read without loading the entity. */
	interface ClaimedKey {
		String getClaimKind();

		String getClaimValue();
	}

	@Query(value = "select key_kind as claim_kind, key_value as claim_value from registration_claim where product = :product and key_value in (:values)",
			nativeQuery = true)
	List<ClaimedKey> claimsOn(String product, Collection<String> values);

	@Query("select distinct c.registrationId from RegistrationClaim c where c.product = :product and c.keyKind = :kind and c.keyValue in :values")
	List<UUID> claimants(String product, MatchKeys.Kind kind, Collection<String> values);

	@Modifying
	@Query("delete from RegistrationClaim c where c.registrationId = :registrationId")
	void release(UUID registrationId);
}
