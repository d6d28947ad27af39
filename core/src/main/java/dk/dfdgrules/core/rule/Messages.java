/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.core.rule;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.PropertyResourceBundle;
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
 * MessageBundleProvider}. Danish is the default: any locale whose language is not English gets the
 * Danish text, whatever the JVM's default locale is. A text refers to arguments as {@code {name}};
 * an argument that the message does not have is left as written.
 */
public final class Messages {

  /** Danish, the library's default language. */
  public static final Locale DANISH = Locale.forLanguageTag("da-DK");

  /** English. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");

  private static final Supplier<ImmutableList<Source>> SOURCES =
      Suppliers.memoize(Messages::loadSources);

  private Messages() {}

  /**
   * A registered bundle and the module of its provider, which holds the files: on the module path a
   * named module, whose bundles are read on its behalf; on the class path its class loader's
   * unnamed module.
   */
  private record Source(String baseName, Module module) {}

  private static ImmutableList<Source> loadSources() {
    ImmutableList.Builder<Source> sources = ImmutableList.builder();
    for (MessageBundleProvider p :
        ServiceLoader.load(MessageBundleProvider.class, Messages.class.getClassLoader())) {
      for (String baseName : p.baseNames()) {
        sources.add(new Source(baseName, p.getClass().getModule()));
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
    for (ResourceBundle bundle : (isEnglish(locale) ? ENGLISH_BUNDLES : DANISH_BUNDLES).get()) {
      if (bundle.containsKey(key)) {
        return Optional.of(bundle.getString(key));
      }
    }
    return Optional.empty();
  }

  /**
   * Every source's bundle in one language, looked up once: a lookup per text cost a service's
   * answer about a millisecond (ResourceBundle.getBundle per source and text).
   */
  private static ImmutableList<ResourceBundle> bundles(Locale locale) {
    return SOURCES.get().stream()
        .map(s -> bundle(s, locale))
        .collect(ImmutableList.toImmutableList());
  }

  private static final Supplier<ImmutableList<ResourceBundle>> DANISH_BUNDLES =
      Suppliers.memoize(() -> bundles(DANISH));

  private static final Supplier<ImmutableList<ResourceBundle>> ENGLISH_BUNDLES =
      Suppliers.memoize(() -> bundles(ENGLISH));

  /**
   * The keys one bundle file itself defines in one language (not those it inherits from the Danish
   * base file): for completeness tests.
   *
   * @param baseName a base name, e.g. {@code dk.dfdgrules.core.rule.messages}
   * @param locale the language: English reads the {@code _en} file, anything else the Danish base
   *     file
   * @return the keys, sorted
   * @throws MissingResourceException if there is no such file
   */
  public static ImmutableSortedSet<String> ownKeys(String baseName, Locale locale) {
    Optional<Module> module =
        SOURCES.get().stream()
            .filter(s -> s.baseName().equals(baseName))
            .map(Source::module)
            .findFirst();
    if (module.isEmpty()) {
      // not registered: the file of this module, or on the class path
      return ownKeys(
          ResourceBundle.getBundle(baseName, language(locale), Messages.class.getModule()),
          baseName,
          locale);
    }
    return ownKeys(bundle(new Source(baseName, module.get()), locale), baseName, locale);
  }

  private static ImmutableSortedSet<String> ownKeys(
      ResourceBundle bundle, String baseName, Locale locale) {
    if (!bundle.getLocale().equals(language(locale))) {
      // the English file is missing: the bundle is the Danish base file
      throw new MissingResourceException(
          "no bundle file for " + baseName + " in " + language(locale), baseName, "");
    }
    ImmutableSortedSet.Builder<String> own = ImmutableSortedSet.naturalOrder();
    for (String key : bundle.keySet()) {
      if (isOwn(bundle, key)) {
        own.add(key);
      }
    }
    return own.build();
  }

  /** Whether the bundle's own file defines the key, not (only) its parent, the base file. */
  private static boolean isOwn(ResourceBundle bundle, String key) {
    // a properties bundle answers handleGetObject from its own file only
    return !(bundle instanceof PropertyResourceBundle p) || p.handleGetObject(key) != null;
  }

  /**
   * Finds the bundle of one source, read on behalf of the provider's module, so that a named
   * module's bundles need not be open to this one and no {@link ResourceBundle.Control} is needed
   * (which named modules may not use). English reads the {@code _en} file, falling back key by key
   * to the Danish base file; any other language reads the base file only. The JVM's default locale
   * plays no part: a requested base bundle ({@link Locale#ROOT}) is taken as it is, and an English
   * bundle that exists is never replaced by a default-locale one.
   */
  private static ResourceBundle bundle(Source s, Locale locale) {
    try {
      return ResourceBundle.getBundle(s.baseName(), language(locale), s.module());
    } catch (MissingResourceException e) {
      if (!s.module().isNamed()) {
        throw e;
      }
      MissingResourceException m =
          new MissingResourceException(
              "no bundle "
                  + s.baseName()
                  + " readable in module "
                  + s.module().getName()
                  + ": the bundle's package must be open to "
                  + Messages.class.getModule().getName()
                  + " (see MessageBundleProvider)",
              e.getClassName(),
              e.getKey());
      m.initCause(e);
      throw m;
    }
  }

  private static Locale language(Locale locale) {
    return isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT;
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
