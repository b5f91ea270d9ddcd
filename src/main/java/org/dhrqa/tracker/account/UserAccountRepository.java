package org.dhrqa.tracker.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.email) = lower(?1)")
	Optional<UserAccount> findByEmail(String email);

	List<UserAccount> findAllByOrderByNameAsc();

	List<UserAccount> findByCspIdAndEnabledTrueOrderByNameAsc(Long cspId);

	List<UserAccount> findByRoleInAndEnabledTrueOrderByNameAsc(Collection<Role> roles);

}
