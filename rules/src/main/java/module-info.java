/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/**
 * Every rule of the specification as a pure, dated, cited function; case files and their runner.
 *
 * <p>Every package is exported but {@code dk.dfdgrules.rules.internal} (helpers of the facts and
 * decisions). The packages of the areas' facts and of the case files are open to Jackson 2 and
 * Jackson 3, which read them reflectively (Jackson and {@code dk.dfdgrules.json} or {@code
 * dk.dfdgrules.jackson3} are optional: only JSON facts and case files need them). Hibernate
 * Validator (optional) instantiates the exported Bean Validation validators from the services
 * registered below. The packages that hold message bundles are open to {@code dk.dfdgrules.core}
 * too, whose {@code Messages} reads the bundles this module registers as a {@code
 * MessageBundleProvider}.
 *
 * <p>{@code @SuppressWarnings("module")}: Jackson 3 ({@code tools.jackson.databind}) is not a
 * dependency of this module (users of {@code dk.dfdgrules.jackson3} bring it), so javac cannot find
 * the module named in the qualified {@code opens}.
 */
@SuppressWarnings("module")
module dk.dfdgrules.rules {
  requires transitive dk.dfdgrules.core;
  requires transitive dk.dfdgrules.codelists;
  requires transitive com.google.common;
  requires transitive jakarta.validation;
  requires static transitive org.jspecify;
  requires static org.hibernate.validator;
  requires static dk.dfdgrules.json;
  requires static com.fasterxml.jackson.annotation;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.dataformat.yaml;
  requires static com.fasterxml.jackson.datatype.jsr310;
  requires static com.fasterxml.jackson.datatype.jdk8;
  requires static com.fasterxml.jackson.datatype.guava;

  exports dk.dfdgrules.rules;
  exports dk.dfdgrules.rules.absence;
  exports dk.dfdgrules.rules.cases;
  exports dk.dfdgrules.rules.contactperson;
  exports dk.dfdgrules.rules.cv;
  exports dk.dfdgrules.rules.dream;
  exports dk.dfdgrules.rules.educationcontact;
  exports dk.dfdgrules.rules.flis;
  exports dk.dfdgrules.rules.jobsearch;
  exports dk.dfdgrules.rules.mentor;
  exports dk.dfdgrules.rules.persongroup;
  exports dk.dfdgrules.rules.refusion;
  exports dk.dfdgrules.rules.retention;
  exports dk.dfdgrules.rules.subscription;
  exports dk.dfdgrules.rules.supportneed;
  exports dk.dfdgrules.rules.unemploymentfund;
  exports dk.dfdgrules.rules.validation;

  opens dk.dfdgrules.rules.absence to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;
  opens dk.dfdgrules.rules.cases to
      com.fasterxml.jackson.databind,
      tools.jackson.databind;
  opens dk.dfdgrules.rules.contactperson to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;
  opens dk.dfdgrules.rules.cv to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;
  opens dk.dfdgrules.rules.dream to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;
  opens dk.dfdgrules.rules.educationcontact to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;
  opens dk.dfdgrules.rules.flis to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;
  opens dk.dfdgrules.rules.jobsearch to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;
  opens dk.dfdgrules.rules.mentor to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;
  opens dk.dfdgrules.rules.persongroup to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;
  opens dk.dfdgrules.rules.refusion to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;
  opens dk.dfdgrules.rules.retention to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;
  opens dk.dfdgrules.rules.subscription to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;
  opens dk.dfdgrules.rules.supportneed to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;
  opens dk.dfdgrules.rules.unemploymentfund to
      com.fasterxml.jackson.databind,
      tools.jackson.databind,
      dk.dfdgrules.core;

  uses dk.dfdgrules.rules.RuleAreaProvider;

  provides dk.dfdgrules.core.rule.MessageBundleProvider with
      dk.dfdgrules.rules.contactperson.ContactPersonMessages,
      dk.dfdgrules.rules.persongroup.PersonGroupMessages,
      dk.dfdgrules.rules.jobsearch.JobSearchMessages,
      dk.dfdgrules.rules.absence.AbsenceMessages,
      dk.dfdgrules.rules.mentor.MentorMessages,
      dk.dfdgrules.rules.cv.CvMessages,
      dk.dfdgrules.rules.unemploymentfund.UnemploymentFundMessages,
      dk.dfdgrules.rules.retention.RetentionMessages,
      dk.dfdgrules.rules.supportneed.SupportNeedMessageBundles,
      dk.dfdgrules.rules.educationcontact.EducationContactMessageBundles,
      dk.dfdgrules.rules.subscription.SubscriptionMessageBundles,
      dk.dfdgrules.rules.dream.DreamMessages,
      dk.dfdgrules.rules.flis.FlisMessages,
      dk.dfdgrules.rules.refusion.RefusionMessages;
  provides jakarta.validation.ConstraintValidator with
      dk.dfdgrules.rules.validation.SupportNeedsValidator,
      dk.dfdgrules.rules.validation.JobcentreContactValidator,
      dk.dfdgrules.rules.validation.EducationInstitutionContactValidator,
      dk.dfdgrules.rules.validation.ContactAssignmentValidator,
      dk.dfdgrules.rules.validation.YumuReportValidator;
}
