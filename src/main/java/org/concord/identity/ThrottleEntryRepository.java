package org.concord.identity;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ThrottleEntryRepository extends JpaRepository<ThrottleEntry, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from ThrottleEntry e where e.throttleKey = :key")
	Optional<ThrottleEntry> lockById(String key);
}
