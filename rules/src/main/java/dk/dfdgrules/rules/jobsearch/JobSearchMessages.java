package dk.dfdgrules.rules.jobsearch;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/**
 * The message bundle of the duplicate job-title rules (DUP) (Danish base file, English {@code
 * _en}).
 */
public final class JobSearchMessages implements MessageBundleProvider {

  /** The bundle's base name. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.jobsearch.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public JobSearchMessages() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}
