package org.concord.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThrottleEntryRepository extends JpaRepository<ThrottleEntry, String> {
}
