package org.dhrqa.tracker.shared.web;

/** One choice in radios or a select: the submitted value and the words shown. */
public record Option(String value, String label) {

}
