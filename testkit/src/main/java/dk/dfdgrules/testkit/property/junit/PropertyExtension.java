/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.property.junit;

import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.GenRegistry;
import dk.dfdgrules.testkit.property.PropertyCheck;
import dk.dfdgrules.testkit.property.PropertyResult;
import dk.dfdgrules.testkit.property.internal.Describe;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs {@link Property} methods: resolves their {@link ForAll} parameters with a placeholder, then
 * replaces the single JUnit invocation by a {@link PropertyCheck} run that calls the method once
 * per try with generated values. Registered by {@link Property} itself; there is no need to name it
 * in {@code @ExtendWith}.
 */
public final class PropertyExtension implements ParameterResolver, InvocationInterceptor {

  /** Made by JUnit. */
  public PropertyExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
    return parameterContext.isAnnotated(ForAll.class);
  }

  /** A placeholder: the real values are generated per try. */
  @Override
  public @Nullable Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext context) {
    Class<?> type = parameterContext.getParameter().getType();
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0.0;
    }
    if (type == float.class) {
      return 0.0f;
    }
    if (type == short.class) {
      return (short) 0;
    }
    if (type == byte.class) {
      return (byte) 0;
    }
    return 0;
  }

  @Override
  public void interceptTestMethod(
      Invocation<@Nullable Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    Method method = invocationContext.getExecutable();
    Optional<Property> settings = AnnotationSupport.findAnnotation(method, Property.class);
    if (settings.isEmpty()) {
      invocation.proceed();
      return;
    }
    @Nullable Object target = invocationContext.getTarget().orElse(null);
    List<@Nullable Object> resolved = new ArrayList<>(invocationContext.getArguments());
    Parameter[] parameters = method.getParameters();
    List<@Nullable Gen<?>> gens = new ArrayList<>();
    for (Parameter p : parameters) {
      ForAll forAll = p.getAnnotation(ForAll.class);
      gens.add(forAll == null ? null : generatorFor(p, forAll, target, context));
    }
    Gen<@Nullable Object[]> arguments =
        source -> {
          @Nullable Object[] args = resolved.toArray();
          for (int i = 0; i < args.length; i++) {
            Gen<?> g = gens.get(i);
            if (g != null) {
              args[i] = source.draw(g);
            }
          }
          return args;
        };
    PropertyCheck<@Nullable Object[]> check =
        PropertyCheck.forAll(arguments)
            .named(propertyName(method))
            .describedBy(args -> describe(parameters, gens, args));
    configure(check, settings.get());
    method.setAccessible(true);
    invocation.skip();
    PropertyResult result =
        check.run(
            args -> {
              try {
                method.invoke(target, args);
              } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw cause == null ? e : cause;
              }
            });
    context.publishReportEntry("property", result.report());
    if (result.failure().isPresent()) {
      throw result.failure().get();
    }
  }

  private static void configure(PropertyCheck<?> check, Property settings) {
    check.tries(settings.tries()).maxShrinkSteps(settings.maxShrinkSteps());
    if (settings.edgeCases() >= 0) {
      check.edgeCases(settings.edgeCases());
    }
    String seed = settings.seed().strip();
    if (!seed.isEmpty()) {
      try {
        check.seed(Long.parseLong(seed));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "@Property(seed = \"" + seed + "\") must be a decimal number", e);
      }
    }
  }

  private static String propertyName(Method method) {
    Class<?> c = method.getDeclaringClass();
    String pkg = c.getPackageName();
    String simple = pkg.isEmpty() ? c.getName() : c.getName().substring(pkg.length() + 1);
    return simple + "#" + method.getName();
  }

  private static String describe(
      Parameter[] parameters, List<@Nullable Gen<?>> gens, @Nullable Object[] args) {
    StringJoiner j = new StringJoiner(", ");
    for (int i = 0; i < parameters.length; i++) {
      if (gens.get(i) != null) {
        j.add(parameters[i].getName() + " = " + Describe.value(args[i]));
      }
    }
    return j.toString();
  }

  private static Gen<?> generatorFor(
      Parameter p, ForAll forAll, @Nullable Object target, ExtensionContext context) {
    String name = forAll.value().strip();
    if (name.isEmpty()) {
      return GenRegistry.standard().forType(p.getParameterizedType());
    }
    List<Object> instances =
        context
            .getTestInstances()
            .map(i -> i.getAllInstances())
            .orElse(target == null ? List.of() : List.of(target));
    // innermost first: a @Nested class's own generators win over its enclosing class's
    for (int k = instances.size() - 1; k >= 0; k--) {
      Object instance = instances.get(k);
      Optional<Method> m = findMethod(instance.getClass(), name);
      if (m.isPresent()) {
        return invokeGeneratorMethod(m.get(), instance, name);
      }
    }
    Class<?> testClass = context.getRequiredTestClass();
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      Optional<Method> m = findMethod(c, name);
      if (m.isPresent() && Modifier.isStatic(m.get().getModifiers())) {
        return invokeGeneratorMethod(m.get(), null, name);
      }
    }
    throw new IllegalArgumentException(
        "@ForAll(\""
            + name
            + "\"): no method "
            + name
            + "() returning Gen in "
            + testClass.getName()
            + " or its enclosing classes");
  }

  private static Optional<Method> findMethod(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name)
            && m.getParameterCount() == 0
            && Gen.class.isAssignableFrom(m.getReturnType())) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  private static Gen<?> invokeGeneratorMethod(Method m, @Nullable Object instance, String name) {
    try {
      m.setAccessible(true);
      Object gen = m.invoke(Modifier.isStatic(m.getModifiers()) ? null : instance);
      if (gen == null) {
        throw new IllegalArgumentException("@ForAll(\"" + name + "\"): the method returned null");
      }
      return (Gen<?>) gen;
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("@ForAll(\"" + name + "\"): cannot call " + m, e);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "@ForAll(\"" + name + "\"): the method threw " + e.getCause(), e.getCause());
    }
  }
}
