package org.concord.scoring;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BadgeRepository extends JpaRepository<Badge, UUID> {

	boolean existsByNameIgnoreCase(String name);
}
