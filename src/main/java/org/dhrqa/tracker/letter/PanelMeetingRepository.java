package org.dhrqa.tracker.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PanelMeetingRepository extends JpaRepository<PanelMeeting, Long> {

	Optional<PanelMeeting> findByMeetingDate(LocalDate date);

	List<PanelMeeting> findAllByOrderByMeetingDateDesc();

	@Query("select m from PanelMeeting m where ?1 member of m.reviewIds order by m.meetingDate desc")
	List<PanelMeeting> findByReview(Long reviewId);

}
