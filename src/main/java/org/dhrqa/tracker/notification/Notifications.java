package org.dhrqa.tracker.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.UserSummary;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notifies people in the service and by email; emails go out only after the change they
 * announce commits.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final JdbcTemplate jdbc;

	private final Accounts accounts;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Clock clock;

	Notifications(JdbcTemplate jdbc, Accounts accounts, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mailSender = mailSender;
		this.clock = clock;
	}

	public record Notification(Long id, String subject, String body, String link, Instant createdAt, boolean read) {

	}

	public record RecordedEmail(Long id, String recipient, String subject, String body, Instant createdAt,
			String status) {

	}

	/** Everyone active in the CSP is told, in the service and by email. */
	@Transactional
	public void notifyCsp(Long cspId, String subject, String body, String link) {
		for (UserSummary user : this.accounts.activeInCsp(cspId)) {
			notifyUser(user, subject, body, link);
		}
	}

	@Transactional
	public void notifyUser(UserSummary user, String subject, String body, String link) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("insert into notification (user_id, subject, body, link, created_at) values (?, ?, ?, ?, ?)",
				user.id(), subject, body, link, now);
		Long emailId = this.jdbc.queryForObject(
				"insert into outbound_email (recipient, subject, body, created_at, "
						+ "status) values (?, ?, ?, ?, 'RECORDED') returning id",
				Long.class, user.email(), subject, body, now);
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender != null && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send(sender, emailId, user.email(), subject, body);
				}
			});
		}
	}

	private void send(JavaMailSender sender, Long emailId, String to, String subject, String body) {
		try {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setTo(to);
			message.setSubject(subject);
			message.setText(body);
			sender.send(message);
			this.jdbc.update("update outbound_email set status = 'SENT', sent_at = ? where id = ?",
					Timestamp.from(this.clock.instant()), emailId);
		}
		catch (RuntimeException ex) {
			log.warn("Email {} to {} was not sent; it stays recorded", emailId, to, ex);
			this.jdbc.update("update outbound_email set status = 'FAILED', failure = ? where id = ?",
					String.valueOf(ex.getMessage())
						.substring(0, Math.min(1000, String.valueOf(ex.getMessage()).length())),
					emailId);
		}
	}

	@Transactional(readOnly = true)
	public List<Notification> of(Long userId) {
		return this.jdbc.query(
				"select id, subject, body, link, created_at, read_at is not null from notification where user_id = ? "
						+ "order by created_at desc, id desc limit 100",
				(rs, i) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant(), rs.getBoolean(6)),
				userId);
	}

	@Transactional(readOnly = true)
	public int unread(Long userId) {
		return this.jdbc.queryForObject("select count(*) from notification where user_id = ? and read_at is null",
				Integer.class, userId);
	}

	@Transactional
	public void markAllRead(Long userId) {
		this.jdbc.update("update notification set read_at = ? where user_id = ? and read_at is null",
				Timestamp.from(this.clock.instant()), userId);
	}

	@Transactional(readOnly = true)
	public List<RecordedEmail> recentEmails() {
		return this.jdbc.query(
				"select id, recipient, subject, body, created_at, status from outbound_email "
						+ "order by created_at desc, id desc limit 200",
				(rs, i) -> new RecordedEmail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant(), rs.getString(6)));
	}

}
