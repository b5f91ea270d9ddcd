package org.dhrqa.tracker.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * The JSON API's answer to a refused sign-in: 401 with a Basic challenge for wrong or
 * missing credentials, 429 with {@code Retry-After} and a plain sentence while the
 * account or the address must wait.
 */
class ApiSignInEntryPoint implements AuthenticationEntryPoint {

	private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

	private final Messages messages;

	ApiSignInEntryPoint(Messages messages) {
		this.messages = messages;
		this.basic.setRealmName("DHR QA Tracker");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException, ServletException {
		if (!(exception instanceof SignInRefusedException refused)) {
			this.basic.commence(request, response, exception);
			return;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", String.valueOf(refused.seconds()));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String message = this.messages.get(refused.messageKey(), refused.messageArgument());
		response.getWriter().write("{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}

}
