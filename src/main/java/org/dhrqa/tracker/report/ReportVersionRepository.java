package org.dhrqa.tracker.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

	List<ReportVersion> findByReviewIdOrderByVersionNumberDesc(Long reviewId);

}
