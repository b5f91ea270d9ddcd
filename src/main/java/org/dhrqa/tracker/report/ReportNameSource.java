package org.dhrqa.tracker.report;

import java.util.List;

/**
 * Names another module wants looked for in each version of a review's report: the
 * feedback module offers the names its items say are wrong ("In 16.2.7 Ahmed is referred
 * to by another name"). Implementations are found as beans.
 */
public interface ReportNameSource {

	List<NameToFind> namesToFind(Long reviewId);

	/** A name, and why it is looked for, in words for the person reading. */
	record NameToFind(String name, String reason) {

	}

}
