package org.dhrqa.tracker.notification;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person wants to hear of each kind of notification: always in the service, and
 * also by email unless they have said otherwise (so nobody misses what they heard of by
 * email before choosing).
 */
@Component
class Preferences {

	private final JdbcTemplate jdbc;

	Preferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The kinds the person may receive, in the order the choices are offered. */
	List<NotificationKind> kindsFor(SignedInUser user) {
		return Arrays.stream(NotificationKind.values()).filter((kind) -> kind.concerns(user)).toList();
	}

	/** The kinds the person also hears of by email. */
	@Transactional(readOnly = true)
	Set<NotificationKind> emailed(Long userId) {
		Set<NotificationKind> emailed = EnumSet.allOf(NotificationKind.class);
		this.jdbc.query("select kind, by_email from notification_preference where user_id = ?", (rs) -> {
			NotificationKind kind = NotificationKind.valueOf(rs.getString(1));
			if (!rs.getBoolean(2)) {
				emailed.remove(kind);
			}
		}, userId);
		return emailed;
	}

	/** Of these people, those who also hear of this kind by email. */
	@Transactional(readOnly = true)
	Set<Long> emailedAmong(Collection<Long> userIds, NotificationKind kind) {
		Set<Long> declined = new HashSet<>(this.jdbc.queryForList(
				"select user_id from notification_preference where kind = ? and not by_email and user_id = any (?)",
				Long.class, kind.name(), userIds.toArray(Long[]::new)));
		Set<Long> emailed = new HashSet<>(userIds);
		emailed.removeAll(declined);
		return emailed;
	}

	/** Records the person's choice for every kind offered to them. */
	@Transactional
	void choose(SignedInUser user, Set<NotificationKind> byEmail) {
		Map<NotificationKind, Boolean> choices = new HashMap<>();
		for (NotificationKind kind : kindsFor(user)) {
			choices.put(kind, byEmail.contains(kind));
		}
		choices.forEach((kind, email) -> this.jdbc.update(
				"insert into notification_preference (user_id, kind, by_email) values (?, ?, ?) "
						+ "on conflict (user_id, kind) do update set by_email = excluded.by_email",
				user.id(), kind.name(), email));
	}

}
