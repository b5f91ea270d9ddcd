package org.dhrqa.tracker.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * Thymeleaf's view with its page written into a {@link PageBuffer} rather than into
 * Thymeleaf's own string buffer, when pages are to be sent whole
 * ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing=false}, as
 * this service sets it). Thymeleaf then writes as it renders, into the buffer, and the
 * buffer goes out once the template has finished.
 */
class BufferedThymeleafView extends ThymeleafView {

	/** Whether pages are sent whole: the opposite of Thymeleaf's setting. */
	private boolean whole = true;

	@Override
	public void setProducePartialOutputWhileProcessing(boolean partial) {
		this.whole = !partial;
	}

	/**
	 * Thymeleaf writes straight into the response it is given, which, for a page sent
	 * whole, is the page's buffer.
	 */
	@Override
	public boolean getProducePartialOutputWhileProcessing() {
		return true;
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!this.whole) {
			super.render(model, request, response);
			return;
		}
		PageBuffer page = new PageBuffer(response);
		super.render(model, request, page);
		page.sendTo(response);
	}

}
