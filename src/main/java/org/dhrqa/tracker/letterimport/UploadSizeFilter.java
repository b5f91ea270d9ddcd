package org.dhrqa.tracker.letterimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an over-large letter upload before anything reads it, whatever the server's
 * multipart limit: the API answers 413 with a JSON message, the pages go back to their
 * form with an error. The body is read and thrown away first (up to a bound), so the
 * browser or client sees the answer instead of a dropped connection.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeFilter {

	static final String API_PATH = "/api/letters/parse";

	static final String UPLOAD_PATH = "/letter-imports/upload";

	static final String BATCH_PATH = "/letter-imports/batch";

	/** Room for the form's other fields and the multipart boundaries around the file. */
	private static final long OVERHEAD = 256 * 1024;

	static final long BATCH_LIMIT = 50L * 1024 * 1024;

	private static final long DRAIN_LIMIT = 128L * 1024 * 1024;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> letterUploadSizeFilter(MessageSource messages) {
		Map<String, Long> limits = Map.of(API_PATH, LetterFiles.MAX_SIZE + OVERHEAD, UPLOAD_PATH,
				LetterFiles.MAX_SIZE + OVERHEAD, BATCH_PATH, BATCH_LIMIT);
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Long limit = "POST".equals(request.getMethod()) ? limits.get(request.getServletPath()) : null;
				if (limit == null || request.getContentLengthLong() <= limit) {
					chain.doFilter(request, response);
					return;
				}
				drain(request);
				if (API_PATH.equals(request.getServletPath())) {
					String message = messages.getMessage(UnreadableLetterException.Reason.TOO_LARGE.messageKey(), null,
							Locale.UK);
					response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
					response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
					response.setCharacterEncoding(StandardCharsets.UTF_8.name());
					response.getWriter()
						.write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,\"detail\":\""
								+ json(message) + "\",\"message\":\"" + json(message) + "\"}");
					return;
				}
				String back = BATCH_PATH.equals(request.getServletPath()) ? BATCH_PATH : "/letter-imports/new";
				response.setStatus(HttpStatus.SEE_OTHER.value());
				response.setHeader("Location", request.getContextPath() + back + "?tooLarge=true");
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(API_PATH, UPLOAD_PATH, BATCH_PATH);
		// before Spring Security, whose CSRF check would otherwise read the whole body
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
		return registration;
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static void drain(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > DRAIN_LIMIT) {
			return;
		}
		try (InputStream in = request.getInputStream()) {
			in.transferTo(OutputStream.nullOutputStream());
		}
	}

}
