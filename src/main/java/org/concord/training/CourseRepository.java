package org.concord.training;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRepository extends JpaRepository<Course, UUID> {

	Page<Course> findByPublishedTrue(Pageable pageable);
}
