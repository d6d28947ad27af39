package dk.dfdgrules.core.rule;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@link Message}s in Danish or English: one lookup used by rule results, Bean Validation
 * and the command line alike.
 *
 * <p>Texts live in {@code .properties} bundles registered by each module through {@link
 * MessageBundleProvider}. Danish is the default: any locale whose language is not English gets
 * the Danish text, whatever the JVM's default locale is. A text refers to arguments as {@code
 * {name}}; an argument that the message does not have is left as written.
 */
public final class Messages {

  /** Danish, the library's default language. */
  public static final Locale DANISH = Locale.forLanguageTag("da-DK");

  /** English. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static final Supplier<ImmutableList<Source>> SOURCES =
      Suppliers.memoize(Messages::loadSources);

  private Messages() {}

  private record Source(String baseName, ClassLoader loader) {}

  private static ImmutableList<Source> loadSources() {
    ImmutableList.Builder<Source> sources = ImmutableList.builder();
    for (MessageBundleProvider p :
        ServiceLoader.load(MessageBundleProvider.class, Messages.class.getClassLoader())) {
      for (String baseName : p.baseNames()) {
        sources.add(new Source(baseName, p.getClass().getClassLoader()));
      }
    }
    return sources.build();
  }

  /**
   * The base names of every registered bundle.
   *
   * @return the base names, in service-loading order
   */
  public static ImmutableList<String> baseNames() {
    return SOURCES.get().stream().map(Source::baseName).collect(ImmutableList.toImmutableList());
  }

  /**
   * Renders a message.
   *
   * @param message the message
   * @param locale the language; English for English, Danish for anything else
   * @return the text; if no bundle has the key, the key followed by the arguments, so that a
   *     missing text is visible but never fatal
   */
  public static String format(Message message, Locale locale) {
    return text(message.key(), locale)
        .map(t -> substitute(t, message.arguments()))
        .orElseGet(() -> message.key() + message.arguments());
  }

  /**
   * Renders a message in Danish.
   *
   * @param message the message
   * @return the Danish text
   */
  public static String danish(Message message) {
    return format(message, DANISH);
  }

  /**
   * Renders a message in English.
   *
   * @param message the message
   * @return the English text
   */
  public static String english(Message message) {
    return format(message, ENGLISH);
  }

  /**
   * The raw text of a key, before arguments are substituted.
   *
   * @param key a key
   * @param locale the language
   * @return the text, or empty if no registered bundle has the key
   */
  public static Optional<String> text(String key, Locale locale) {
    for (Source s : SOURCES.get()) {
      ResourceBundle bundle = bundle(s, locale);
      if (bundle.containsKey(key)) {
        return Optional.of(bundle.getString(key));
      }
    }
    return Optional.empty();
  }

  /**
   * The keys one bundle file itself defines in one language (not those it inherits from the
   * Danish base file): for completeness tests.
   *
   * @param baseName a base name, e.g. {@code dk.dfdgrules.core.rule.messages}
   * @param locale the language: English reads the {@code _en} file, anything else the Danish base
   *     file
   * @return the keys, sorted
   * @throws MissingResourceException if there is no such file
   */
  public static ImmutableSortedSet<String> ownKeys(String baseName, Locale locale) {
    ClassLoader loader =
        SOURCES.get().stream()
            .filter(s -> s.baseName().equals(baseName))
            .map(Source::loader)
            .findFirst()
            .orElse(Messages.class.getClassLoader());
    String bundleName = NO_FALLBACK.toBundleName(baseName, isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT);
    String resource = NO_FALLBACK.toResourceName(bundleName, "properties");
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new MissingResourceException("no bundle file " + resource, baseName, "");
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return ImmutableSortedSet.copyOf(properties.stringPropertyNames());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static ResourceBundle bundle(Source s, Locale locale) {
    Locale l = isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle(s.baseName(), l, s.loader(), NO_FALLBACK);
  }

  private static boolean isEnglish(Locale locale) {
    return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }

  /**
   * Substitutes {@code {name}} placeholders.
   *
   * @param text a text
   * @param arguments named arguments
   * @return the text with every known placeholder replaced
   */
  public static String substitute(String text, Map<String, String> arguments) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = arguments.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
