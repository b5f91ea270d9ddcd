package org.dhrqa.tracker.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every email the service means to send is recorded; it goes out through the configured
 * SMTP server (spring.mail.host) only after the change it announces commits. Without a
 * server it stays recorded, for administrators to read.
 */
@Component
class Emails {

	private static final Logger log = LoggerFactory.getLogger(Emails.class);

	private final JdbcTemplate jdbc;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Clock clock;

	Emails(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
		this.jdbc = jdbc;
		this.mailSender = mailSender;
		this.clock = clock;
	}

	record RecordedEmail(Long id, String recipient, String subject, String body, Instant createdAt, String status) {

	}

	@Transactional
	void send(String to, String subject, String body) {
		String fittedSubject = Inbox.abbreviate(subject, 300);
		Long emailId = this.jdbc.queryForObject(
				"insert into outbound_email (recipient, subject, body, created_at, status) "
						+ "values (?, ?, ?, ?, 'RECORDED') returning id",
				Long.class, to, fittedSubject, body, Timestamp.from(this.clock.instant()));
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender != null && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliver(sender, emailId, to, fittedSubject, body);
				}
			});
		}
	}

	@Transactional(readOnly = true)
	List<RecordedEmail> recent() {
		return this.jdbc.query(
				"select id, recipient, subject, body, created_at, status from outbound_email "
						+ "order by created_at desc, id desc limit 200",
				(rs, i) -> new RecordedEmail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant(), rs.getString(6)));
	}

	private void deliver(JavaMailSender sender, Long emailId, String to, String subject, String body) {
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
			String failure = String.valueOf(ex.getMessage());
			this.jdbc.update("update outbound_email set status = 'FAILED', failure = ? where id = ?",
					failure.substring(0, Math.min(1000, failure.length())), emailId);
		}
	}

}
