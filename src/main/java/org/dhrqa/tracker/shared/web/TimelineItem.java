package org.dhrqa.tracker.shared.web;

import java.util.List;

/**
 * One entry of an MOJ-style timeline: what happened, who and when, and any detail lines.
 */
public record TimelineItem(String title, String byline, List<String> lines) {

}
