package org.concord.content;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceVisitRepository extends JpaRepository<ResourceVisit, UUID> {
}
