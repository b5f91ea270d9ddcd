package org.dhrqa.tracker.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PanelMeetingRepository extends JpaRepository<PanelMeeting, Long> {

	Optional<PanelMeeting> findByMeetingDate(LocalDate date);

	List<PanelMeeting> findAllByOrderByMeetingDateDesc();

	@Query("select m from PanelMeeting m where ?1 member of m.reviewIds order by m.meetingDate desc")
	List<PanelMeeting> findByReview(Long reviewId);

	/**
	 * The meeting, locked for this transaction: reviews added to it at the same moment
	 * are added one after the other instead of the second failing on a stale version.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from PanelMeeting m where m.id = ?1")
	Optional<PanelMeeting> lockById(Long id);

	/**
	 * Schedules a meeting on this date unless one exists (or another request just made
	 * it).
	 */
	@Modifying
	@Query(value = "insert into panel_meeting (meeting_date, created_at) values (:date, :now) "
			+ "on conflict (meeting_date) do nothing", nativeQuery = true)
	void createIfMissing(@Param("date") LocalDate date, @Param("now") Instant now);

	/** The meeting on this date, locked for this transaction (see {@link #lockById}). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from PanelMeeting m where m.meetingDate = :date")
	Optional<PanelMeeting> lockByMeetingDate(@Param("date") LocalDate date);

}
