package org.dhrqa.tracker.feedback;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackItemRepository extends JpaRepository<FeedbackItem, Long> {

	List<FeedbackItem> findByLetterIdOrderByNumberAsc(Long letterId);

	@Query("select i from FeedbackItem i where i.reviewId = ?1 and i.status not in "
			+ "(org.dhrqa.tracker.feedback.FeedbackStatus.DRAFT, org.dhrqa.tracker.feedback.FeedbackStatus.WITHDRAWN) "
			+ "order by i.letterId desc, i.number asc")
	List<FeedbackItem> findLiveByReview(Long reviewId);

}
