package org.dhrqa.tracker.csp;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CspRepository extends JpaRepository<Csp, Long> {

	@Query("select c from Csp c order by c.name")
	List<Csp> findAllOrdered();

	@Query("select c from Csp c where lower(c.name) = lower(?1)")
	Optional<Csp> findByName(String name);

}
