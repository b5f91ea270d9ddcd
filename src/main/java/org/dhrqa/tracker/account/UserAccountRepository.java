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

	/**
	 * {id, name} of each of these people. The ids travel as one array: a list parameter
	 * would make Hibernate translate the query again on every call.
	 */
	@Query(value = "select u.id, u.name from app_user u where u.id = any(?1)", nativeQuery = true)
	List<Object[]> namesOf(Long[] ids);

	List<UserAccount> findByCspIdAndEnabledTrueOrderByNameAsc(Long cspId);

	List<UserAccount> findByRoleInAndEnabledTrueOrderByNameAsc(Collection<Role> roles);

}
