package dk.dfdgrules.rules.educationcontact;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/** The message bundle of EC (Danish base file, English {@code _en}). */
public final class EducationContactMessageBundles implements MessageBundleProvider {

  /** The bundle's base name. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.educationcontact.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public EducationContactMessageBundles() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}
