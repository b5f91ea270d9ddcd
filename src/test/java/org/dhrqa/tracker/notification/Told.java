package org.dhrqa.tracker.notification;

import java.time.Duration;
import java.util.List;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * What a person has been told, read back from the inbox, and waited for: the notification
 * module hears of changes after they commit, on its own thread. Everyone told of one
 * change is told in one transaction, so once one of them has been told, who was not told
 * is settled too.
 */
class Told {

	private final JdbcTemplate jdbc;

	Told(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A notification as the person sees it: kind, subject, body and link. */
	record Seen(Long id, String kind, String subject, String body, String link) {

	}

	/** Everything the person has been told about this link, oldest first. */
	List<Seen> about(SignedInUser person, String link) {
		return this.jdbc.query(
				"select id, kind, subject, body, link from notification where user_id = ? and link = ? order by id",
				(rs, i) -> new Seen(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
				person.id(), link);
	}

	/** Waits until the person has been told this many things about the link. */
	List<Seen> awaitAbout(SignedInUser person, String link, int count) {
		return await().atMost(Duration.ofSeconds(15)).until(() -> about(person, link), (seen) -> seen.size() >= count);
	}

	/** Emails recorded for the person with this subject. */
	int emails(SignedInUser person, String subject) {
		return this.jdbc.queryForObject("select count(*) from outbound_email where recipient = ? and subject = ?",
				Integer.class, person.email(), subject);
	}

}
