package dk.dfdgrules.rules.supportneed;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/** The message bundle of SN, LET and UDB (Danish base file, English {@code _en}). */
public final class SupportNeedMessageBundles implements MessageBundleProvider {

  /** The bundle's base name. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.supportneed.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public SupportNeedMessageBundles() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}
