package dk.dfdgrules.rules.subscription;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/** The message bundle of SUB (Danish base file, English {@code _en}). */
public final class SubscriptionMessageBundles implements MessageBundleProvider {

  /** The bundle's base name. */
  public static final String BASE_NAME = "dk.dfdgrules.rules.subscription.messages";

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public SubscriptionMessageBundles() {}

  @Override
  public List<String> baseNames() {
    return List.of(BASE_NAME);
  }
}
