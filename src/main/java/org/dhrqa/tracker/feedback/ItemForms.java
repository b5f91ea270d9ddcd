package org.dhrqa.tracker.feedback;

import java.util.ArrayList;
import java.util.List;

import org.dhrqa.tracker.shared.web.DateParts;
import org.dhrqa.tracker.shared.web.FieldRules;

/**
 * The forms of the item page; field names differ across forms so that every id on the
 * page is unique.
 */
final class ItemForms {

	private ItemForms() {
	}

	public static class Assign {

		private String assignee = "";

		public String getAssignee() {
			return this.assignee;
		}

		public void setAssignee(String assignee) {
			this.assignee = (assignee != null) ? assignee : "";
		}

	}

	public static class Due {

		private DateParts dueOn = new DateParts();

		public DateParts getDueOn() {
			return this.dueOn;
		}

		public void setDueOn(DateParts dueOn) {
			this.dueOn = dueOn;
		}

	}

	public static class Comment {

		private String comment = "";

		public String getComment() {
			return this.comment;
		}

		public void setComment(String comment) {
			this.comment = (comment != null) ? comment : "";
		}

	}

	public static class Respond {

		private String response = "";

		private String reportVersion = "";

		private String addressedParagraph = "";

		public String getResponse() {
			return this.response;
		}

		public void setResponse(String response) {
			this.response = (response != null) ? response : "";
		}

		public String getReportVersion() {
			return this.reportVersion;
		}

		public void setReportVersion(String reportVersion) {
			this.reportVersion = (reportVersion != null) ? reportVersion : "";
		}

		public String getAddressedParagraph() {
			return this.addressedParagraph;
		}

		public void setAddressedParagraph(String addressedParagraph) {
			this.addressedParagraph = (addressedParagraph != null) ? addressedParagraph : "";
		}

	}

	public static class Accept {

		private String acceptNote = "";

		public String getAcceptNote() {
			return this.acceptNote;
		}

		public void setAcceptNote(String acceptNote) {
			this.acceptNote = (acceptNote != null) ? acceptNote : "";
		}

	}

	public static class Return {

		private String returnReason = "";

		public String getReturnReason() {
			return this.returnReason;
		}

		public void setReturnReason(String returnReason) {
			this.returnReason = (returnReason != null) ? returnReason : "";
		}

	}

	/** Several items given to a colleague and/or a due date at once. */
	public static class Allocate {

		private List<Long> items = new ArrayList<>();

		private String assignee = "";

		private DateParts dueOn = new DateParts();

		public List<Long> getItems() {
			return this.items;
		}

		public void setItems(List<Long> items) {
			this.items = (items != null) ? items : new ArrayList<>();
		}

		public String getAssignee() {
			return this.assignee;
		}

		public void setAssignee(String assignee) {
			this.assignee = (assignee != null) ? assignee : "";
		}

		public DateParts getDueOn() {
			return this.dueOn;
		}

		public void setDueOn(DateParts dueOn) {
			this.dueOn = dueOn;
		}

	}

	public static class Bulk {

		private List<Long> items = new ArrayList<>();

		public List<Long> getItems() {
			return this.items;
		}

		public void setItems(List<Long> items) {
			this.items = (items != null) ? items : new ArrayList<>();
		}

	}

	/** The list filters, as typed in the query string. */
	public static class Filter {

		private String csp = "";

		private String status = "";

		private String assignee = "";

		private String overdue = "";

		private String category = "";

		public String getCsp() {
			return this.csp;
		}

		public void setCsp(String csp) {
			this.csp = (csp != null) ? csp : "";
		}

		public String getStatus() {
			return this.status;
		}

		public void setStatus(String status) {
			this.status = (status != null) ? status : "";
		}

		public String getAssignee() {
			return this.assignee;
		}

		public void setAssignee(String assignee) {
			this.assignee = (assignee != null) ? assignee : "";
		}

		public String getOverdue() {
			return this.overdue;
		}

		public void setOverdue(String overdue) {
			this.overdue = (overdue != null) ? overdue : "";
		}

		public String getCategory() {
			return this.category;
		}

		public void setCategory(String category) {
			this.category = (category != null) ? category : "";
		}

		ItemFilter toFilter() {
			FeedbackStatus statusFilter = null;
			for (FeedbackStatus candidate : FeedbackStatus.values()) {
				if (candidate.name().equals(this.status)) {
					statusFilter = candidate;
				}
			}
			FeedbackCategory categoryFilter = null;
			for (FeedbackCategory candidate : FeedbackCategory.values()) {
				if (candidate.name().equals(this.category)) {
					categoryFilter = candidate;
				}
			}
			return new ItemFilter(FieldRules.parseId(this.csp), statusFilter, FieldRules.parseId(this.assignee),
					"true".equals(this.overdue), categoryFilter);
		}

		boolean isActive() {
			return !this.csp.isBlank() || !this.status.isBlank() || !this.assignee.isBlank()
					|| "true".equals(this.overdue) || !this.category.isBlank();
		}

	}

}
