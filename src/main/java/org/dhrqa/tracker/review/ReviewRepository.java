package org.dhrqa.tracker.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long>, JpaSpecificationExecutor<Review> {

	@Query("select distinct year(r.notifiedOn) from Review r where r.notifiedOn is not null "
			+ "and (?1 is null or r.cspId = ?1) order by 1 desc")
	List<Integer> notifiedYears(Long cspId);

	@Query("select r.id from Review r where r.cspId = ?1")
	List<Long> idsOfCsp(Long cspId);

	@Query("select r from Review r where (?1 is null or r.cspId = ?1) and r.stage in ?2 "
			+ "order by r.updatedAt desc, r.id desc")
	List<Review> latestIn(Long cspId, Collection<ReviewStage> stages, org.springframework.data.domain.Limit limit);

	@Query("select r.id from Review r order by r.id")
	List<Long> allIds();

	@Query("select r.stage, count(r) from Review r where (?1 is null or r.cspId = ?1) group by r.stage")
	List<Object[]> countByStage(Long cspId);

	@Query("select r.id, r.cspId, r.victimPseudonyms from Review r where r.id in ?1")
	List<Object[]> titleFieldsOf(Collection<Long> ids);

	@Query("select r from Review r where r.cspId = ?1 and lower(r.reference) = lower(?2)")
	Optional<Review> findByCspAndReference(Long cspId, String reference);

}
