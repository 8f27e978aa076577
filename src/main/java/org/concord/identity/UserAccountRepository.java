package org.concord.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.concord.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsername(String username);

	List<UserAccount> findByEmail(String email);

	Page<UserAccount> findByPartnerId(UUID partnerId, Pageable pageable);

	List<UserAccount> findByRole(Role role);

	boolean existsByUsername(String username);
}
