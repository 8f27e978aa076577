package org.concord.registrations;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DirectOpportunityRepository extends JpaRepository<DirectOpportunity, UUID> {

	@Query("""
			select distinct d from DirectOpportunity d, DirectOpportunityKey k where k.directId = d.id
			and k.product = :product and k.keyKind = :kind and k.keyValue in :values""")
	List<DirectOpportunity> matching(String product, MatchKeys.Kind kind, Collection<String> values);
}
