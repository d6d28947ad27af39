/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
package dk.dfdgrules.testkit.instancio;

import dk.dfdgrules.testkit.generators.DomainGenProvider;
import dk.dfdgrules.testkit.property.Gen;
import dk.dfdgrules.testkit.property.GenRegistry;
import java.time.LocalDate;
import java.util.List;
import org.instancio.Random;
import org.instancio.generator.AfterGenerate;
import org.instancio.generator.Generator;
import org.instancio.generator.Hints;
import org.instancio.spi.InstancioServiceProvider;
import org.jspecify.annotations.Nullable;

/**
 * Registers the testkit's domain generators with <a href="https://www.instancio.org">Instancio</a>,
 * for teams that already generate test data with it: {@code Instancio.create(EducationPlan.class)}
 * then yields a plan that is valid by SN-1 … SN-4, {@code Instancio.create(CprNumber.class)} a
 * synthetic CPR number, and any field of a model type of {@code core} in the team's own classes
 * gets a valid value.
 *
 * <p>Instancio is an <em>optional</em> dependency of the testkit: this class is loaded only by
 * Instancio's {@link java.util.ServiceLoader}, so users without Instancio never touch it. Only the
 * model types of {@code core} are served — not {@link LocalDate} or other JDK types, whose
 * Instancio defaults stay as they are. The value is drawn from the testkit generator with a seed
 * taken from Instancio's {@link Random}, so Instancio's own seed settings reproduce it; Instancio
 * does not modify it afterwards.
 */
// Instancio is optional (requires static, not transitive): only Instancio itself uses this class
@SuppressWarnings("exports")
public final class DfdgInstancioProvider implements InstancioServiceProvider {

  private static final GenRegistry DOMAIN = GenRegistry.of(List.of(new DomainGenProvider()));

  /** Made by {@link java.util.ServiceLoader}. */
  public DfdgInstancioProvider() {}

  @Override
  public GeneratorProvider getGeneratorProvider() {
    return (node, generators) -> generatorFor(node.getTargetClass());
  }

  private static @Nullable Generator<?> generatorFor(@Nullable Class<?> type) {
    if (type == null || type == LocalDate.class || !DomainGenProvider.types().contains(type)) {
      return null;
    }
    Gen<?> gen = DOMAIN.forType(type);
    return new Adapter<>(gen);
  }

  /** A testkit generator seen as an Instancio generator. */
  private static final class Adapter<T> implements Generator<T> {
    private final Gen<T> gen;

    Adapter(Gen<T> gen) {
      this.gen = gen;
    }

    @Override
    public T generate(Random random) {
      return gen.sample(random.longRange(0, Long.MAX_VALUE - 1));
    }

    @Override
    public Hints hints() {
      return Hints.afterGenerate(AfterGenerate.DO_NOT_MODIFY);
    }
  }
}
