package org.dhrqa.tracker.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's notifications, and the counts of their inbox. Every change to the
 * notification table goes through here, so the counts in notification_inbox stay true:
 * they change by the rows actually added or marked read, never by overwriting, so a
 * notification arriving while someone marks all read is still counted.
 */
@Component
class Inbox {

	private static final String COLUMNS = "id, kind, subject, body, link, item_id, created_at, read_at is not null";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Inbox(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	void add(Long userId, NotificationKind kind, String subject, String body, String link, Long itemId) {
		this.jdbc.update(
				"insert into notification (user_id, kind, subject, body, link, item_id, created_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				userId, kind.name(), abbreviate(subject, 300), body, link, itemId,
				Timestamp.from(this.clock.instant()));
		this.jdbc.update("insert into notification_inbox (user_id, unread, total) values (?, 1, 1) "
				+ "on conflict (user_id) do update set unread = notification_inbox.unread + 1, "
				+ "total = notification_inbox.total + 1", userId);
	}

	/** The unread count of the header: one row read by its key. */
	int unread(Long userId) {
		List<Integer> counts = this.jdbc.queryForList("select unread from notification_inbox where user_id = ?",
				Integer.class, userId);
		return counts.isEmpty() ? 0 : counts.get(0);
	}

	/** A page of the person's notifications, newest first. */
	@Transactional(readOnly = true)
	Page<Notification> page(Long userId, int page, int size) {
		List<Integer> totals = this.jdbc.queryForList("select total from notification_inbox where user_id = ?",
				Integer.class, userId);
		long total = totals.isEmpty() ? 0 : totals.get(0);
		List<Notification> rows = this.jdbc.query(
				"select " + COLUMNS + " from notification where user_id = ? "
						+ "order by created_at desc, id desc limit ? offset ?",
				Inbox::row, userId, size, (long) page * size);
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/** The person's own notification; another person's is not found. */
	Optional<Notification> find(Long id, Long userId) {
		return this.jdbc
			.query("select " + COLUMNS + " from notification where id = ? and user_id = ?", Inbox::row, id, userId)
			.stream()
			.findFirst();
	}

	@Transactional
	void markRead(Long id, Long userId) {
		int marked = this.jdbc.update(
				"update notification set read_at = ? where id = ? and user_id = ? and read_at is null",
				Timestamp.from(this.clock.instant()), id, userId);
		lessUnread(userId, marked);
	}

	/** Marks every unread notification read; returns how many there were. */
	@Transactional
	int markAllRead(Long userId) {
		int marked = this.jdbc.update("update notification set read_at = ? where user_id = ? and read_at is null",
				Timestamp.from(this.clock.instant()), userId);
		lessUnread(userId, marked);
		return marked;
	}

	private void lessUnread(Long userId, int marked) {
		if (marked > 0) {
			this.jdbc.update("update notification_inbox set unread = greatest(unread - ?, 0) where user_id = ?", marked,
					userId);
		}
	}

	private static Notification row(ResultSet rs, int rowNum) throws SQLException {
		String kind = rs.getString(2);
		Long itemId = rs.getObject(6, Long.class);
		return new Notification(rs.getLong(1), (kind != null) ? NotificationKind.valueOf(kind) : null, rs.getString(3),
				rs.getString(4), rs.getString(5), itemId, rs.getTimestamp(7).toInstant(), rs.getBoolean(8));
	}

	static String abbreviate(String text, int max) {
		return (text.length() > max) ? text.substring(0, max - 1) + "…" : text;
	}

}
