package org.dhrqa.tracker.account;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code POST /account/session}: "Stay signed in" from the warning before an idle session
 * ends. The request itself renews the session (Spring Session records the access), so it
 * answers with nothing. An ended session never reaches here: it goes to sign-in (a page)
 * or gets 401 (the API), see {@link SessionConfiguration}.
 */
@Controller
class SessionController {

	@PostMapping("/account/session")
	ResponseEntity<Void> staySignedIn() {
		return ResponseEntity.noContent().build();
	}

}
