package org.dhrqa.tracker.csp;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CspRepository extends JpaRepository<Csp, Long> {

	/**
	 * Every CSP's id, name and area in name order, without loading the entities: lists
	 * and filters ask for all 300 on every page.
	 */
	@Query("select new org.dhrqa.tracker.csp.CspSummary(c.id, c.name, c.area) from Csp c order by c.name")
	List<CspSummary> findAllSummaries();

	@Query("select c from Csp c where lower(c.name) = lower(?1)")
	Optional<Csp> findByName(String name);

}
