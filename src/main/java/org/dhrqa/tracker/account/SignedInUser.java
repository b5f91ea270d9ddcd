package org.dhrqa.tracker.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.dhrqa.tracker.shared.history.Actor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request. Every decision about what they may do is a
 * {@link Permission}, asked here: {@link #may(Permission, Long)}. CSP roles hold theirs
 * for their own CSP, Home Office roles for all.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	private final Long id;

	private final String email;

	private final String name;

	private final Role role;

	private final Long cspId;

	private String passwordHash;

	private final boolean enabled;

	private final Instant signedInAt;

	SignedInUser(Long id, String email, String name, Role role, Long cspId, String passwordHash, boolean enabled) {
		this(id, email, name, role, cspId, passwordHash, enabled, null);
	}

	SignedInUser(Long id, String email, String name, Role role, Long cspId, String passwordHash, boolean enabled,
			Instant signedInAt) {
		this.signedInAt = signedInAt;
		this.id = id;
		this.email = email;
		this.name = name;
		this.role = role;
		this.cspId = cspId;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	/**
	 * The service itself reading every review for a read model it keeps (the
	 * dashboard's), on its own thread after a change has committed: it sees what a Home
	 * Office manager sees, has no account (no id, cannot sign in) and is never put in a
	 * security context. Only for reading figures through the modules' own services, so
	 * that their rules are applied, not copied.
	 */
	public static SignedInUser serviceReader() {
		return new SignedInUser(null, "service@dhr-qa-tracker.invalid", "DHR QA Tracker", Role.MANAGER, null, null,
				false);
	}

	public Long id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	public String name() {
		return this.name;
	}

	public Role role() {
		return this.role;
	}

	/** The CSP of a CSP user; {@code null} for Home Office roles. */
	public Long cspId() {
		return this.cspId;
	}

	/**
	 * When this person's credentials were checked for this session; a session older than
	 * the account's "sessions valid after" moment has ended.
	 */
	Instant signedInAt() {
		return this.signedInAt;
	}

	public boolean isCspUser() {
		return this.role.isCspScoped();
	}

	public boolean canSeeCsp(Long otherCspId) {
		return may(Permission.SEE_REVIEW, otherCspId);
	}

	/**
	 * Whether this person holds the permission at all: for their own CSP (CSP roles) or
	 * for every CSP (Home Office roles). Decides what the navigation offers.
	 */
	public boolean may(Permission permission) {
		return permission.heldBy(this.role);
	}

	/**
	 * Whether this person holds the permission for records of this CSP: CSP roles only
	 * for their own CSP.
	 */
	public boolean may(Permission permission, Long recordCspId) {
		return may(permission) && (!this.role.isCspScoped() || Objects.equals(this.cspId, recordCspId));
	}

	/** Refuses (403) unless {@link #may(Permission)}. */
	public void require(Permission permission) {
		if (!may(permission)) {
			throw new AccessDeniedException("Not permitted: " + permission);
		}
	}

	/** Refuses (403) unless {@link #may(Permission, Long)}. */
	public void require(Permission permission, Long recordCspId) {
		if (!may(permission, recordCspId)) {
			throw new AccessDeniedException("Not permitted: " + permission);
		}
	}

	/** How this person appears in the history of what they change. */
	public Actor actor() {
		return new Actor(this.id, this.name);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	// Sessions are found by principal (to end a disabled user's sessions): equal by
	// account id.
	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser that && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "SignedInUser[" + this.id + ", " + this.role + "]";
	}

}
