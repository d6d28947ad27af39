/**
 * The domain model and the rule framework of dfdg-rules.
 *
 * <p>Every package is exported except {@code dk.dfdgrules.core.internal}. The model packages are
 * open to Jackson (optional: only {@link dk.dfdgrules.core.json} needs it), which reads the
 * package-private Immutables classes reflectively. {@code internal} is open to Hibernate
 * Validator only, which instantiates the fallback validators registered below; the exported
 * model and constraint packages need no more for Bean Validation.
 *
 * <p>{@code @SuppressWarnings("module")}: Hibernate Validator is not a dependency of this module
 * (users bring it), so javac cannot find the module named in the qualified {@code opens}.
 * {@code "requires-automatic"}, {@code "requires-transitive-automatic"}: Immutables' annotations
 * are an automatic module (with a stable {@code Automatic-Module-Name}), needed at compile time
 * only.
 */
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module dk.dfdgrules.core {
  requires transitive dk.dfdgrules.codelists;
  requires transitive com.google.common;
  requires transitive jakarta.validation;
  // annotations that the API's javadoc shows, so read by users' modules when present
  requires static transitive org.jspecify;
  requires static transitive org.immutables.value.annotations;
  // annotations on the Immutables-generated classes (@Generated, @CanIgnoreReturnValue, @Var)
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static com.fasterxml.jackson.annotation;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;
  requires static com.fasterxml.jackson.datatype.jdk8;
  requires static com.fasterxml.jackson.datatype.guava;

  exports dk.dfdgrules.core.absence;
  exports dk.dfdgrules.core.activity;
  exports dk.dfdgrules.core.citizen;
  exports dk.dfdgrules.core.contact;
  exports dk.dfdgrules.core.cv;
  exports dk.dfdgrules.core.dream;
  exports dk.dfdgrules.core.json;
  exports dk.dfdgrules.core.money;
  exports dk.dfdgrules.core.organisation;
  exports dk.dfdgrules.core.plan;
  exports dk.dfdgrules.core.rule;
  exports dk.dfdgrules.core.subscription;
  exports dk.dfdgrules.core.time;
  exports dk.dfdgrules.core.unemploymentfund;
  exports dk.dfdgrules.core.validation;
  exports dk.dfdgrules.core.visitation;

  opens dk.dfdgrules.core.absence to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.activity to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.citizen to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.contact to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.cv to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.dream to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.money to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.organisation to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.plan to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.rule to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.subscription to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.time to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.unemploymentfund to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.visitation to com.fasterxml.jackson.databind;
  opens dk.dfdgrules.core.internal to org.hibernate.validator;

  uses dk.dfdgrules.core.rule.MessageBundleProvider;

  provides dk.dfdgrules.core.rule.MessageBundleProvider with
      dk.dfdgrules.core.rule.CoreMessageBundles;
  provides jakarta.validation.ConstraintValidator with
      dk.dfdgrules.core.internal.SupportNeedsFallbackValidator,
      dk.dfdgrules.core.internal.EducationContactFallbackValidator;
}
