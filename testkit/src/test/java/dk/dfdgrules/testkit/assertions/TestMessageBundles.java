package dk.dfdgrules.testkit.assertions;

import dk.dfdgrules.core.rule.MessageBundleProvider;
import java.util.List;

/** Test texts: one key with both languages, one in Danish only. */
public final class TestMessageBundles implements MessageBundleProvider {

  /** For the ServiceLoader. */
  public TestMessageBundles() {}

  @Override
  public List<String> baseNames() {
    return List.of("dk.dfdgrules.testkit.assertions.testmessages");
  }
}
