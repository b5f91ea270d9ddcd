package org.dhrqa.tracker.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist, or that the signed-in user may not know exists: both
 * answer 404, so that a guessed id tells nothing about another CSP's reviews.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("Not found");
	}

}
