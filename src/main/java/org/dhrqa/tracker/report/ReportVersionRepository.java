package org.dhrqa.tracker.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

	List<ReportVersion> findByReviewIdOrderByVersionNumberDesc(Long reviewId);

	Optional<ReportVersion> findByReviewIdAndSha256(Long reviewId, String sha256);

	/**
	 * Makes uploads to one review wait for each other until this transaction ends, so
	 * that two at once neither take the same version number nor both keep the same file.
	 */
	@Query(value = "select 1 from pg_advisory_xact_lock(hashtextextended('report_version:' || :reviewId, 0))",
			nativeQuery = true)
	Integer lockUploads(@Param("reviewId") Long reviewId);

}
