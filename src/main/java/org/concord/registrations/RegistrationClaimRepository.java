package org.concord.registrations;

import org.concord.shared.matching.MatchKeys;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RegistrationClaimRepository extends JpaRepository<RegistrationClaim, UUID> {

	@Query("select distinct c.registrationId from RegistrationClaim c where c.product = :product and c.keyKind = :kind and c.keyValue in :values")
	List<UUID> claimants(String product, MatchKeys.Kind kind, Collection<String> values);

	@Modifying
	@Query("delete from RegistrationClaim c where c.registrationId = :registrationId")
	void release(UUID registrationId);
}
