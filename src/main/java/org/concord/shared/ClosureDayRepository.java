package org.concord.shared;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClosureDayRepository extends JpaRepository<ClosureDay, LocalDate> {
}
