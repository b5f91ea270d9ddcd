package org.dhrqa.tracker.actionplan;

import org.dhrqa.tracker.shared.web.DateParts;

import org.springframework.web.multipart.MultipartFile;

/** The action plan's forms, as typed; field names are unique across a page. */
final class PlanForms {

	private PlanForms() {
	}

	public static class RecommendationForm {

		private String number = "";

		private String recommendation = "";

		private String scope = "";

		private String addressedTo = "";

		private String version = "";

		static RecommendationForm of(PlanViews.Rec rec) {
			RecommendationForm form = new RecommendationForm();
			form.setNumber(rec.number());
			form.setRecommendation(rec.text());
			form.setScope(rec.scope().name());
			form.setAddressedTo(rec.addressedTo());
			form.setVersion(String.valueOf(rec.version()));
			return form;
		}

		public String getVersion() {
			return this.version;
		}

		public void setVersion(String version) {
			this.version = (version != null) ? version : "";
		}

		public String getNumber() {
			return this.number;
		}

		public void setNumber(String number) {
			this.number = (number != null) ? number : "";
		}

		public String getRecommendation() {
			return this.recommendation;
		}

		public void setRecommendation(String recommendation) {
			this.recommendation = (recommendation != null) ? recommendation : "";
		}

		public String getScope() {
			return this.scope;
		}

		public void setScope(String scope) {
			this.scope = (scope != null) ? scope : "";
		}

		public String getAddressedTo() {
			return this.addressedTo;
		}

		public void setAddressedTo(String addressedTo) {
			this.addressedTo = (addressedTo != null) ? addressedTo : "";
		}

	}

	public static class ActionForm {

		private String actionText = "";

		private String leadAgency = "";

		private String keyMilestones = "";

		private DateParts targetDate = new DateParts();

		private DateParts completedOn = new DateParts();

		private String completionOutcome = "";

		private String status = "NOT_STARTED";

		private String version = "";

		static ActionForm of(PlanViews.Action action) {
			ActionForm form = new ActionForm();
			form.setActionText(action.actionText());
			form.setLeadAgency(action.leadAgency());
			form.setKeyMilestones(action.keyMilestones());
			form.setTargetDate(DateParts.of(action.targetDate()));
			form.setCompletedOn(DateParts.of(action.completedOn()));
			form.setCompletionOutcome(action.completionOutcome());
			form.setStatus(action.status().name());
			form.setVersion(String.valueOf(action.version()));
			return form;
		}

		public String getActionText() {
			return this.actionText;
		}

		public void setActionText(String actionText) {
			this.actionText = (actionText != null) ? actionText : "";
		}

		public String getLeadAgency() {
			return this.leadAgency;
		}

		public void setLeadAgency(String leadAgency) {
			this.leadAgency = (leadAgency != null) ? leadAgency : "";
		}

		public String getKeyMilestones() {
			return this.keyMilestones;
		}

		public void setKeyMilestones(String keyMilestones) {
			this.keyMilestones = (keyMilestones != null) ? keyMilestones : "";
		}

		public DateParts getTargetDate() {
			return this.targetDate;
		}

		public void setTargetDate(DateParts targetDate) {
			this.targetDate = targetDate;
		}

		public DateParts getCompletedOn() {
			return this.completedOn;
		}

		public void setCompletedOn(DateParts completedOn) {
			this.completedOn = completedOn;
		}

		public String getCompletionOutcome() {
			return this.completionOutcome;
		}

		public void setCompletionOutcome(String completionOutcome) {
			this.completionOutcome = (completionOutcome != null) ? completionOutcome : "";
		}

		public String getStatus() {
			return this.status;
		}

		public void setStatus(String status) {
			this.status = (status != null) ? status : "";
		}

		public String getVersion() {
			return this.version;
		}

		public void setVersion(String version) {
			this.version = (version != null) ? version : "";
		}

	}

	public static class UpdateForm {

		private DateParts updateDate = new DateParts();

		private String updateText = "";

		private String newStatus = "";

		public DateParts getUpdateDate() {
			return this.updateDate;
		}

		public void setUpdateDate(DateParts updateDate) {
			this.updateDate = updateDate;
		}

		public String getUpdateText() {
			return this.updateText;
		}

		public void setUpdateText(String updateText) {
			this.updateText = (updateText != null) ? updateText : "";
		}

		public String getNewStatus() {
			return this.newStatus;
		}

		public void setNewStatus(String newStatus) {
			this.newStatus = (newStatus != null) ? newStatus : "";
		}

	}

	/** A removal confirmed from a page showing this version of the record. */
	public static class RemoveForm {

		private String version = "";

		static RemoveForm of(long version) {
			RemoveForm form = new RemoveForm();
			form.setVersion(String.valueOf(version));
			return form;
		}

		public String getVersion() {
			return this.version;
		}

		public void setVersion(String version) {
			this.version = (version != null) ? version : "";
		}

	}

	/** What an import does with a plan that has recommendations already. */
	public static class ChoiceForm {

		private String mode = "";

		public String getMode() {
			return this.mode;
		}

		public void setMode(String mode) {
			this.mode = (mode != null) ? mode : "";
		}

	}

	public static class ImportForm {

		private MultipartFile planFile;

		public MultipartFile getPlanFile() {
			return this.planFile;
		}

		public void setPlanFile(MultipartFile planFile) {
			this.planFile = planFile;
		}

	}

}
