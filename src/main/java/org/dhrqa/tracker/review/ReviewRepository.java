package org.dhrqa.tracker.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

	/**
	 * The distinct years reviews were notified in, newest first, across every CSP. A
	 * {@code distinct} read all 5,000 reviews on every register page; this walks the
	 * notified-on index from one year to the next instead (one short probe a year). One
	 * query for every CSP and one for a single CSP, rather than one with an optional CSP
	 * ({@code ? is null or csp_id = ?}): PostgreSQL planned that afresh on every call
	 * (0.29 ms, twice its execution), as its best plan depends on the argument. This one
	 * has no argument and keeps its plan; one CSP's is still planned per call, where
	 * PostgreSQL's plan for the CSP at hand costs less than a general one.
	 */
	@Query(value = "with recursive y(year) as ("
			+ "select cast(extract(year from min(r.notified_on)) as int) from review r where r.notified_on is not null "
			+ "union all select (select cast(extract(year from min(r.notified_on)) as int) from review r "
			+ "where r.notified_on >= make_date(y.year + 1, 1, 1)) "
			+ "from y where y.year is not null) select year from y where year is not null order by year desc",
			nativeQuery = true)
	List<Integer> notifiedYears();

	/** {@link #notifiedYears()} of one CSP's reviews. */
	@Query(value = "with recursive y(year) as ("
			+ "select cast(extract(year from min(r.notified_on)) as int) from review r "
			+ "where r.notified_on is not null and r.csp_id = ?1 "
			+ "union all select (select cast(extract(year from min(r.notified_on)) as int) from review r "
			+ "where r.notified_on >= make_date(y.year + 1, 1, 1) and r.csp_id = ?1) "
			+ "from y where y.year is not null) select year from y where year is not null order by year desc",
			nativeQuery = true)
	List<Integer> notifiedYearsOfCsp(Long cspId);

	/**
	 * One review with its other pseudonyms, which every view of it shows: one statement
	 * where {@code findById} and the collection took two on each page about a review.
	 */
	@Query("select r from Review r left join fetch r.otherPseudonyms where r.id = ?1")
	Optional<Review> findWithPseudonymsById(Long id);

	@Query("select r.id from Review r where r.cspId = ?1")
	List<Long> idsOfCsp(Long cspId);

	@Query("select r from Review r where (?1 is null or r.cspId = ?1) and r.stage in ?2 "
			+ "order by r.updatedAt desc, r.id desc")
	List<Review> latestIn(Long cspId, Collection<ReviewStage> stages, org.springframework.data.domain.Limit limit);

	@Query("select r.id from Review r order by r.id")
	List<Long> allIds();

	@Query("select r.stage, count(r) from Review r where (?1 is null or r.cspId = ?1) group by r.stage")
	List<Object[]> countByStage(Long cspId);

	/**
	 * {id, CSP id, pseudonyms} of each of these reviews. The ids travel as one array: a
	 * list parameter would make Hibernate translate the query again on every call.
	 */
	@Query(value = "select r.id, r.csp_id, r.victim_pseudonyms from review r where r.id = any(?1)", nativeQuery = true)
	List<Object[]> titleFieldsOf(Long[] ids);

	@Query("select r from Review r where r.cspId = ?1 and lower(r.reference) = lower(?2)")
	Optional<Review> findByCspAndReference(Long cspId, String reference);

	/**
	 * A review's stage changes in the order {@link Review#getStageChanges} keeps them.
	 */
	@Query("select s from StageChange s where s.review.id = ?1 order by s.changedAt asc, s.id asc")
	List<StageChange> stageChangesOf(Long reviewId);

}
