package org.dhrqa.tracker.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackItemRepository extends JpaRepository<FeedbackItem, Long> {

	List<FeedbackItem> findByLetterIdOrderByNumberAsc(Long letterId);

	@Query("select i from FeedbackItem i where i.reviewId = ?1 and i.status not in "
			+ "(org.dhrqa.tracker.feedback.FeedbackStatus.DRAFT, org.dhrqa.tracker.feedback.FeedbackStatus.WITHDRAWN) "
			+ "order by i.letterId desc, i.number asc")
	List<FeedbackItem> findLiveByReview(Long reviewId);

	@Query("select i from FeedbackItem i where i.assigneeUserId = ?1 and i.status not in "
			+ "(org.dhrqa.tracker.feedback.FeedbackStatus.DRAFT, org.dhrqa.tracker.feedback.FeedbackStatus.WITHDRAWN) "
			+ "order by i.dueOn asc nulls last, i.id asc")
	List<FeedbackItem> findLiveByAssignee(Long userId);

	List<FeedbackItem> findByIdIn(Collection<Long> ids);

	@Query("select i from FeedbackItem i where i.assigneeUserId is not null and i.dueOn is not null and i.status in "
			+ "(org.dhrqa.tracker.feedback.FeedbackStatus.OPEN, org.dhrqa.tracker.feedback.FeedbackStatus.IN_PROGRESS, "
			+ "org.dhrqa.tracker.feedback.FeedbackStatus.RETURNED) and i.dueOn <= ?1 order by i.dueOn asc")
	List<FeedbackItem> findAssignedDueBy(LocalDate date);

	/** Waiting for the CSP (not for the secretariat) and due before the day. */
	@Query("select i from FeedbackItem i where i.dueOn < ?1 and i.status in "
			+ "(org.dhrqa.tracker.feedback.FeedbackStatus.OPEN, org.dhrqa.tracker.feedback.FeedbackStatus.IN_PROGRESS, "
			+ "org.dhrqa.tracker.feedback.FeedbackStatus.RETURNED) order by i.dueOn asc, i.id asc")
	List<FeedbackItem> findOverdueOn(LocalDate today);

}
