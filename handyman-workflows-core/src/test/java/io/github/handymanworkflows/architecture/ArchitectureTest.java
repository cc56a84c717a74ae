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

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core depends only on the JDK and the few small libraries DESIGN.md allows. */
@AnalyzeClasses(
    packages = "io.github.handymanworkflows",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreUsesOnlyItsAllowedLibraries =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "javax.crypto..",
              "io.github.handymanworkflows..",
              "com.fasterxml.jackson..",
              "org.slf4j..",
              "org.jspecify..",
              "jakarta.inject..",
              "com.cronutils..",
              "com.github.jknack.handlebars..");

  /** Handlebars is how templates render, not API: a host never sees its types. */
  @ArchTest
  static final ArchRule onlyTheMailInternalsKnowHandlebars =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.github.handymanworkflows.mail.internal..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.github.jknack.handlebars..");

  @ArchTest
  static final ArchRule nothingInCoreKnowsSpring =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

  @ArchTest
  static final ArchRule theExecutionCoreDoesNotKnowTheEngine =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.github.handymanworkflows.execution..",
              "io.github.handymanworkflows.internal.execution..",
              "io.github.handymanworkflows.workflow..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.github.handymanworkflows.engine..");

  @ArchTest
  static final ArchRule portsDoNotDependOnWorkflowsOrEngines =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.github.handymanworkflows.user..",
              "io.github.handymanworkflows.handyman..",
              "io.github.handymanworkflows.job..",
              "io.github.handymanworkflows.review..",
              "io.github.handymanworkflows.token..",
              "io.github.handymanworkflows.session..",
              "io.github.handymanworkflows.report..",
              "io.github.handymanworkflows.security..",
              "io.github.handymanworkflows.health..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.github.handymanworkflows.engine..",
              "io.github.handymanworkflows.execution..",
              "io.github.handymanworkflows.workflows..");
}
