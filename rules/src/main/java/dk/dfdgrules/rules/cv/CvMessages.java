package dk.dfdgrules.rules.cv;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/** The message bundle of the CV approval rules (CV) (Danish base file, English {@code _en}). */
public final class CvMessages implements MessageBundleProvider {

  /** The bundle's base name. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.cv.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public CvMessages() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}
