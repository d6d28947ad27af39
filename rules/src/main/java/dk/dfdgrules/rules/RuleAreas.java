package dk.dfdgrules.rules;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/** Every {@link RuleArea} on the class path, found through {@link ServiceLoader}. */
public final class RuleAreas {

  private static final Supplier<ImmutableMap<String, RuleArea<?>>> AREAS =
      Suppliers.memoize(RuleAreas::load);

  private RuleAreas() {}

  @SuppressWarnings("rawtypes")
  private static ImmutableMap<String, RuleArea<?>> load() {
    ImmutableMap.Builder<String, RuleArea<?>> b = ImmutableMap.builder();
    ServiceLoader<RuleArea> loader =
        ServiceLoader.load(RuleArea.class, RuleAreas.class.getClassLoader());
    java.util.stream.Stream.concat(
            loader.stream().map(p -> (RuleArea<?>) p.get()),
            java.util.stream.Stream.of(
                    dk.dfdgrules.rules.supportneed.SupportNeedRules.AREA,
                    dk.dfdgrules.rules.supportneed.LetterRules.AREA,
                    dk.dfdgrules.rules.supportneed.UdbMessages.AREA,
                    dk.dfdgrules.rules.mentor.MentorRules.AREA,
                    dk.dfdgrules.rules.mentor.CourseCategoryRules.AREA,
                    dk.dfdgrules.rules.cv.CvApprovalRules.AREA,
                    dk.dfdgrules.rules.educationcontact.EducationContactRules.AREA,
                    dk.dfdgrules.rules.absence.AbsenceRules.AREA,
                    dk.dfdgrules.rules.retention.RetentionRules.AREA,
                    dk.dfdgrules.rules.unemploymentfund.MembershipRecallRules.AREA,
                    dk.dfdgrules.rules.jobsearch.DuplicateJobTitles.AREA,
                    dk.dfdgrules.rules.subscription.SubscriptionRules.AREA,
                    dk.dfdgrules.rules.contactperson.ContactPersonEndDating.AREA,
                    dk.dfdgrules.rules.persongroup.PersonGroupMarkingRules.AREA)
                .map(RuleAreas::adapt))
        .sorted(Comparator.comparing(RuleArea::name))
        .forEach(a -> b.put(a.name(), a));
    return b.buildOrThrow();
  }

  private static <F> RuleArea<F> adapt(dk.dfdgrules.core.rule.RuleArea<F, ?> area) {
    return new RuleArea<>() {
      @Override
      public String name() {
        return area.name();
      }

      @Override
      public String description() {
        return area.description();
      }

      @Override
      public List<dk.dfdgrules.core.rule.RuleId> ruleIds() {
        return area.ruleIds();
      }

      @Override
      public Class<F> factsType() {
        return area.factsType();
      }

      @Override
      public dk.dfdgrules.core.rule.RuleResults evaluate(
          F facts, dk.dfdgrules.core.rule.EvaluationContext context) {
        return area.evaluate(facts, context);
      }

      @Override
      public Optional<String> exampleResource() {
        return area.exampleResource();
      }
    };
  }

  /**
   * Every area, by name.
   *
   * @return the areas, sorted by name
   */
  public static List<RuleArea<?>> all() {
    return AREAS.get().values().asList();
  }

  /**
   * The area with a name.
   *
   * @param name e.g. {@code support-needs}
   * @return the area, or empty
   */
  public static Optional<RuleArea<?>> find(String name) {
    return Optional.ofNullable(AREAS.get().get(name));
  }

  /**
   * The area with a name.
   *
   * @param name e.g. {@code support-needs}
   * @return the area
   * @throws IllegalArgumentException naming the known areas, if there is none of that name
   */
  public static RuleArea<?> get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no rule area '" + name + "'; known areas: " + AREAS.get().keySet()));
  }
}
