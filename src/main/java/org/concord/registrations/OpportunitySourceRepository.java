package org.concord.registrations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpportunitySourceRepository extends JpaRepository<OpportunitySource, String> {

	List<OpportunitySource> findByActiveTrueOrderByLabel();
}
