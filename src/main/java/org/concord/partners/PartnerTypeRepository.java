package org.concord.partners;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerTypeRepository extends JpaRepository<PartnerType, String> {

	List<PartnerType> findAllByOrderByPositionAscNameAsc();

	@Query("select coalesce(max(t.position), 0) from PartnerType t")
	int lastPosition();
}
