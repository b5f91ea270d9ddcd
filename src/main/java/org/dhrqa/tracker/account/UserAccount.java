package org.dhrqa.tracker.account;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String name;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "csp_id")
	private Long cspId;

	@Column(name = "password_hash")
	private String passwordHash;

	private boolean enabled;

	// written with plain SQL at sign-in (SignInGuard), so signing in never bumps the
	// version
	@Column(name = "last_sign_in_at", insertable = false, updatable = false)
	private Instant lastSignInAt;

	@Version
	private long version;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected UserAccount() {
	}

	UserAccount(String email, String name, Role role, Long cspId, String passwordHash, Instant now) {
		if (role.isCspScoped() != (cspId != null)) {
			throw new IllegalArgumentException("CSP roles need a CSP; Home Office roles have none");
		}
		this.email = email.trim().toLowerCase(java.util.Locale.ROOT);
		this.name = name.trim();
		this.role = role;
		this.cspId = cspId;
		this.passwordHash = Objects.requireNonNull(passwordHash);
		this.enabled = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void changeRole(Role newRole, Long newCspId, Instant now) {
		if (newRole.isCspScoped() != (newCspId != null)) {
			throw new IllegalArgumentException("CSP roles need a CSP; Home Office roles have none");
		}
		this.role = newRole;
		this.cspId = newCspId;
		this.updatedAt = now;
	}

	void rename(String newName, Instant now) {
		this.name = newName.trim();
		this.updatedAt = now;
	}

	void disable(Instant now) {
		this.enabled = false;
		this.updatedAt = now;
	}

	void enable(Instant now) {
		this.enabled = true;
		this.updatedAt = now;
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getName() {
		return this.name;
	}

	Role getRole() {
		return this.role;
	}

	Long getCspId() {
		return this.cspId;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Instant getLastSignInAt() {
		return this.lastSignInAt;
	}

	long getVersion() {
		return this.version;
	}

	/**
	 * The person as signed in at this moment (sessions older than a password change end).
	 */
	SignedInUser toPrincipal(Instant signedInAt) {
		return new SignedInUser(this.id, this.email, this.name, this.role, this.cspId, this.passwordHash, this.enabled,
				signedInAt);
	}

}
