package org.dhrqa.tracker.shared.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What one page request has already read, so that a page whose parts each need the same
 * facts reads them once: the review hub asks for the plan's figures and the report
 * versions both for its own sections and for publication readiness. Only for GET
 * requests, which change nothing; any other request, and work outside a web request
 * (listeners, schedules), always reads afresh. Callers still decide who may see what on
 * every call, before they ask here.
 */
public final class RequestMemo {

	private RequestMemo() {
	}

	/**
	 * The value read for {@code key} under {@code name} earlier in this GET request, or
	 * what {@code load} reads now (kept for the rest of the request).
	 */
	public static <K, V> V get(String name, K key, Function<K, V> load) {
		Map<K, V> read = readSoFar(name);
		if (read == null) {
			return load.apply(key);
		}
		V value = read.get(key);
		if (value == null) {
			value = load.apply(key);
			read.put(key, value);
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static <K, V> Map<K, V> readSoFar(String name) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		if (!"GET".equals(request.getMethod())) {
			return null;
		}
		String attribute = RequestMemo.class.getName() + "." + name;
		Object read = attributes.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
		if (read == null) {
			read = new HashMap<K, V>();
			attributes.setAttribute(attribute, read, RequestAttributes.SCOPE_REQUEST);
		}
		return (Map<K, V>) read;
	}

}
