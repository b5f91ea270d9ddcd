package org.dhrqa.tracker.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit of sign-ins, wrong passwords, refusals and locks, newest first, for
 * administrators.
 */
@Service
@Transactional(readOnly = true)
public class SignIns {

	private final JdbcTemplate jdbc;

	SignIns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the audit.
	 * @param email only attempts with this email address (any case), or all when blank
	 * @param page zero-based
	 */
	public Page<SignInRecord> page(String email, int page, int size, SignedInUser viewer) {
		viewer.require(Permission.ADMINISTER);
		String where = "";
		List<Object> args = new ArrayList<>();
		if (email != null && !email.isBlank()) {
			where = " where lower(email) = ?";
			args.add(SignInGuard.emailKey(email));
		}
		Long total = this.jdbc.queryForObject("select count(*) from sign_in_event" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(size);
		pageArgs.add((long) page * size);
		List<SignInRecord> rows = this.jdbc.query(
				"select id, at, email, user_id, address, channel, outcome from sign_in_event" + where
						+ " order by at desc, id desc limit ? offset ?",
				(rs, i) -> new SignInRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
						(Long) rs.getObject(4), rs.getString(5), SignInChannel.valueOf(rs.getString(6)),
						SignInOutcome.valueOf(rs.getString(7).toUpperCase(Locale.ROOT))),
				pageArgs.toArray());
		return new PageImpl<>(rows, PageRequest.of(page, size), (total != null) ? total : 0);
	}

}
