package org.dhrqa.tracker.actionplan;

import org.dhrqa.tracker.shared.web.ClasspathText;

/** The annex stylesheet, read once, for PDFs (which cannot fetch it from the server). */
final class AnnexStylesheet {

	static final String CSS = ClasspathText.read("/static/css/annex.css");

	private AnnexStylesheet() {
	}

}
