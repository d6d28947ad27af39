package dk.dfdgrules.rules.absence;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/** The message bundle of the absence rules (ABS) (Danish base file, English {@code _en}). */
public final class AbsenceMessages implements MessageBundleProvider {

  /** The bundle's base name. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.absence.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public AbsenceMessages() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}
