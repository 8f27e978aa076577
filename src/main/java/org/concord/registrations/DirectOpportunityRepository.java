package org.concord.registrations;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DirectOpportunityRepository extends JpaRepository<DirectOpportunity, UUID> {
}
