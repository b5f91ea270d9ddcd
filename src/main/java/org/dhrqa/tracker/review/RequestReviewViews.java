package org.dhrqa.tracker.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The reviews one page request has already read, so that a page whose parts each check
 * the review (the action plan asks four times: the page, the plan, whether the person may
 * edit, whether an import is under way) reads it once. Only for GET requests, which
 * change nothing: a request that changes a review always reads it afresh. Who may see a
 * review is still decided on every call, by the caller.
 */
final class RequestReviewViews {

	private static final String ATTRIBUTE = RequestReviewViews.class.getName();

	private RequestReviewViews() {
	}

	static Optional<ReviewView> get(Long id, Function<Long, Optional<ReviewView>> load) {
		Map<Long, Optional<ReviewView>> read = readSoFar();
		if (read == null) {
			return load.apply(id);
		}
		return read.computeIfAbsent(id, load);
	}

	@SuppressWarnings("unchecked")
	private static Map<Long, Optional<ReviewView>> readSoFar() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		if (!"GET".equals(request.getMethod())) {
			return null;
		}
		Object read = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (read == null) {
			read = new HashMap<Long, Optional<ReviewView>>();
			attributes.setAttribute(ATTRIBUTE, read, RequestAttributes.SCOPE_REQUEST);
		}
		return (Map<Long, Optional<ReviewView>>) read;
	}

}
