/*
 * Copyright 2026 the handyman-workflows authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.handymanworkflows.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The public API never hands out an {@code .internal} type: a host that only uses public packages
 * can rely on them, and the internal ones stay free to change between minor releases.
 */
@AnalyzeClasses(
    packages = "io.github.handymanworkflows",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PublicApiTest {

  private static final String INTERNAL = ".internal";

  @ArchTest
  static final ArchRule publicSignaturesNameNoInternalType =
      codeUnits()
          .that()
          .areDeclaredInClassesThat()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("..internal..")
          .and()
          .arePublic()
          .should(nameNoInternalTypes());

  @ArchTest
  static final ArchRule publicFieldsHaveNoInternalType =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("..internal..")
          .and()
          .arePublic()
          .should()
          .notHaveRawType(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "an internal type", PublicApiTest::isInternal));

  private static ArchCondition<JavaCodeUnit> nameNoInternalTypes() {
    return new ArchCondition<>("name no internal type in their signature") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        if (unit.getOwner().getModifiers().contains(JavaModifier.SYNTHETIC)) {
          return;
        }
        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
        types.add(unit.getRawReturnType());
        types.addAll(unit.getThrowsClause().getTypes());
        for (JavaClass type : types) {
          if (isInternal(type)) {
            events.add(
                SimpleConditionEvent.violated(
                    unit, unit.getFullName() + " exposes internal type " + type.getName()));
          }
        }
      }
    };
  }

  private static boolean isInternal(JavaClass type) {
    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
    String name = base.getPackageName();
    return name.startsWith("io.github.handymanworkflows")
        && (name.endsWith(INTERNAL) || name.contains(INTERNAL + "."));
  }
}
