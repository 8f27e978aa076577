package org.concord.content;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceItemRepository extends JpaRepository<ResourceItem, UUID> {
}
