package org.concord.content;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceDownloadRepository extends JpaRepository<ResourceDownload, UUID> {

	long countByItemId(UUID itemId);
}
