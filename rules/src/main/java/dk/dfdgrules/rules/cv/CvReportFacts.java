/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.rules.cv;

import static dk.dfdgrules.rules.internal.FactParts.orEmpty;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.dfdgrules.codelists.CvStatus;
import dk.dfdgrules.codelists.VisitationCategory;
import dk.dfdgrules.core.cv.CvState;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The facts of the {@code cv-approval} area: a report of a CV approval status, and the citizen's
 * situation at the assessment date — the event date (hændelsesdato) of a historical report, or the
 * evaluation date for a report of today.
 *
 * <p>In JSON:
 *
 * <pre>{@code
 * {"reporter": "UNEMPLOYMENT_FUND", "reportedStatus": 2, "eventDate": "2022-02-01",
 *  "comment": "CV-samtale holdt 1. februar",
 *  "registered": true, "cv": {"status": 1, "searchable": true}, "contactGroup": 1,
 *  "currentMember": true}
 * }</pre>
 *
 * <p>Personal data: the comment is free text and is never shown — not in {@link #toString()}, not
 * in a violation; rules only ask whether there is one.
 *
 * @param reporter who reports: the a-kasse or the jobcentre
 * @param reportedStatus the CV status reported
 * @param eventDate the event date (hændelsesdato, {@code eventDate} of {@code
 *     JobSearch.CvWorkflowService}) of a historical report; absent for a report of today
 * @param comment the reporter's comment
 * @param registered whether the citizen was registered (tilmeldt) at the assessment date
 * @param sickListed whether the citizen was sick-listed (sygemeldt) at the assessment date
 * @param cv the CV's status and searchability at the assessment date
 * @param contactGroup the contact group at the assessment date
 * @param visitationCategory the visitation category at the assessment date
 * @param currentMember for an a-kasse's report: whether the citizen is now a member of it
 * @param memberOnEventDate for an a-kasse's report on a former member: whether they were a member
 *     on the event date (CV-6)
 */
public record CvReportFacts(
    Optional<Reporter> reporter,
    Optional<CvStatus> reportedStatus,
    Optional<LocalDate> eventDate,
    Optional<String> comment,
    Optional<Boolean> registered,
    Optional<Boolean> sickListed,
    Optional<CvState> cv,
    Optional<Integer> contactGroup,
    Optional<VisitationCategory> visitationCategory,
    Optional<Boolean> currentMember,
    Optional<Boolean> memberOnEventDate) {

  /** Treats missing parts as absent. */
  public CvReportFacts {
    reporter = orEmpty(reporter);
    reportedStatus = orEmpty(reportedStatus);
    eventDate = orEmpty(eventDate);
    comment = orEmpty(comment);
    registered = orEmpty(registered);
    sickListed = orEmpty(sickListed);
    cv = orEmpty(cv);
    contactGroup = orEmpty(contactGroup);
    visitationCategory = orEmpty(visitationCategory);
    currentMember = orEmpty(currentMember);
    memberOnEventDate = orEmpty(memberOnEventDate);
  }

  /**
   * Tells whether this is a historical report: one with an event date.
   *
   * @return true if an event date is given
   */
  @JsonIgnore // derived from eventDate, not a fact of its own
  public boolean isHistorical() {
    return eventDate.isPresent();
  }

  /**
   * Tells whether a non-blank comment is given.
   *
   * @return true if there is a comment
   */
  public boolean hasComment() {
    return comment.map(c -> !c.isBlank()).orElse(false);
  }

  /**
   * Starts facts.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The facts without the comment's text. */
  @Override
  public String toString() {
    return "CvReportFacts[reporter="
        + reporter
        + ", reportedStatus="
        + reportedStatus
        + ", eventDate="
        + eventDate
        + ", comment="
        + (comment.isPresent() ? "****" : "none")
        + ", registered="
        + registered
        + ", sickListed="
        + sickListed
        + ", cv="
        + cv
        + ", contactGroup="
        + contactGroup
        + ", visitationCategory="
        + visitationCategory
        + ", currentMember="
        + currentMember
        + ", memberOnEventDate="
        + memberOnEventDate
        + "]";
  }

  /** Builds {@link CvReportFacts}; every part is optional. */
  public static final class Builder {
    private Optional<Reporter> reporter = Optional.empty();
    private Optional<CvStatus> reportedStatus = Optional.empty();
    private Optional<LocalDate> eventDate = Optional.empty();
    private Optional<String> comment = Optional.empty();
    private Optional<Boolean> registered = Optional.empty();
    private Optional<Boolean> sickListed = Optional.empty();
    private Optional<CvState> cv = Optional.empty();
    private Optional<Integer> contactGroup = Optional.empty();
    private Optional<VisitationCategory> visitationCategory = Optional.empty();
    private Optional<Boolean> currentMember = Optional.empty();
    private Optional<Boolean> memberOnEventDate = Optional.empty();

    private Builder() {}

    /**
     * Sets who reports.
     *
     * @param value the reporter
     * @return this builder
     */
    public Builder reporter(Reporter value) {
      reporter = Optional.of(value);
      return this;
    }

    /**
     * Sets the reported status.
     *
     * @param value the status
     * @return this builder
     */
    public Builder reportedStatus(CvStatus value) {
      reportedStatus = Optional.of(value);
      return this;
    }

    /**
     * Sets the event date.
     *
     * @param value the date
     * @return this builder
     */
    public Builder eventDate(LocalDate value) {
      eventDate = Optional.of(value);
      return this;
    }

    /**
     * Sets the comment.
     *
     * @param value the comment
     * @return this builder
     */
    public Builder comment(String value) {
      comment = Optional.of(value);
      return this;
    }

    /**
     * Sets whether registered.
     *
     * @param value true if registered
     * @return this builder
     */
    public Builder registered(boolean value) {
      registered = Optional.of(value);
      return this;
    }

    /**
     * Sets whether sick-listed.
     *
     * @param value true if sick-listed
     * @return this builder
     */
    public Builder sickListed(boolean value) {
      sickListed = Optional.of(value);
      return this;
    }

    /**
     * Sets the CV's state.
     *
     * @param value the state
     * @return this builder
     */
    public Builder cv(CvState value) {
      cv = Optional.of(value);
      return this;
    }

    /**
     * Sets the contact group.
     *
     * @param value the contact group id
     * @return this builder
     */
    public Builder contactGroup(int value) {
      contactGroup = Optional.of(value);
      return this;
    }

    /**
     * Sets the visitation category.
     *
     * @param value the category
     * @return this builder
     */
    public Builder visitationCategory(VisitationCategory value) {
      visitationCategory = Optional.of(value);
      return this;
    }

    /**
     * Sets whether the citizen is now a member of the reporting a-kasse.
     *
     * @param value true if a current member
     * @return this builder
     */
    public Builder currentMember(boolean value) {
      currentMember = Optional.of(value);
      return this;
    }

    /**
     * Sets whether the citizen was a member of the reporting a-kasse on the event date.
     *
     * @param value true if a member then
     * @return this builder
     */
    public Builder memberOnEventDate(boolean value) {
      memberOnEventDate = Optional.of(value);
      return this;
    }

    /**
     * Builds the facts.
     *
     * @return the facts
     */
    public CvReportFacts build() {
      return new CvReportFacts(
          reporter,
          reportedStatus,
          eventDate,
          comment,
          registered,
          sickListed,
          cv,
          contactGroup,
          visitationCategory,
          currentMember,
          memberOnEventDate);
    }
  }
}
