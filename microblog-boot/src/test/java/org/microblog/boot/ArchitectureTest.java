package org.microblog.boot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.microblog.boot.archfixture.cycle.left.Left;
import org.microblog.boot.archfixture.cycle.right.Right;
import org.microblog.domain.archfixture.DomainClassThatReachesOutwards;

/**
 * The dependency arrows of the hexagon, checked on the compiled main classes of every module:
 * domain depends on nothing, application on the domain, adapters on the application, and only boot
 * knows the adapters. The last test shows each rule catching a wrong arrow.
 */
class ArchitectureTest {
  private static final String DOMAIN = "org.microblog.domain..";
  private static final String APPLICATION = "org.microblog.application..";
  private static final String WEB = "org.microblog.adapter.web..";
  private static final String PERSISTENCE = "org.microblog.adapter.persistence..";
  private static final String BOOT = "org.microblog.boot..";

  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.microblog");

  static final ArchRule DOMAIN_DEPENDS_ON_NOTHING =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          // javax.crypto is the JDK's HMAC, which TOTP (RFC 6238) is defined by.
          .resideInAnyPackage(DOMAIN, "java..", "javax.crypto..")
          .because("the domain is pure Java rules");

  static final ArchRule APPLICATION_DEPENDS_ON_DOMAIN_ONLY =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(APPLICATION, DOMAIN, "java..", "javax.crypto..")
          .because("use cases are a library with no framework");

  static final ArchRule ADAPTERS_DO_NOT_KNOW_EACH_OTHER =
      noClasses()
          .that()
          .resideInAPackage(WEB)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(PERSISTENCE)
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage(BOOT);

  static final ArchRule PERSISTENCE_DOES_NOT_KNOW_OTHER_ADAPTERS =
      noClasses()
          .that()
          .resideInAPackage(PERSISTENCE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(WEB)
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage(BOOT);

  static final ArchRule INNER_LAYERS_DO_NOT_KNOW_ADAPTERS =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN, APPLICATION)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(WEB, PERSISTENCE, BOOT);

  static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("org.microblog.(**)")
          .should()
          .beFreeOfCycles()
          .because("a feature's package must be understandable without the ones that use it");

  static final ArchRule BOOT_DOES_NOT_RUN_ON_THE_TEST_KIT =
      noClasses()
          .that()
          .resideInAPackage(BOOT)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.microblog.application.inmemory..")
          .because("the in-memory kit is for tests and embedders, not for the server");

  @Test
  void noPackageCycleInAnyModule() {
    NO_PACKAGE_CYCLES.check(MAIN_CLASSES);
  }

  @Test
  void theServerUsesNothingFromTheInMemoryKit() {
    BOOT_DOES_NOT_RUN_ON_THE_TEST_KIT.check(MAIN_CLASSES);
  }

  @Test
  void domainDependsOnNothing() {
    DOMAIN_DEPENDS_ON_NOTHING.check(MAIN_CLASSES);
  }

  @Test
  void applicationDependsOnTheDomainOnly() {
    APPLICATION_DEPENDS_ON_DOMAIN_ONLY.check(MAIN_CLASSES);
  }

  @Test
  void adaptersDependInwardsOnly() {
    ADAPTERS_DO_NOT_KNOW_EACH_OTHER.check(MAIN_CLASSES);
    PERSISTENCE_DOES_NOT_KNOW_OTHER_ADAPTERS.check(MAIN_CLASSES);
    INNER_LAYERS_DO_NOT_KNOW_ADAPTERS.check(MAIN_CLASSES);
  }

  @Test
  void theRulesCatchAnArrowPointingTheWrongWay() {
    JavaClasses wrong = new ClassFileImporter().importClasses(DomainClassThatReachesOutwards.class);

    assertThatThrownBy(() -> DOMAIN_DEPENDS_ON_NOTHING.check(wrong))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> INNER_LAYERS_DO_NOT_KNOW_ADAPTERS.check(wrong))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("BcryptPasswordHasher");
    assertThatThrownBy(
            () ->
                NO_PACKAGE_CYCLES.check(
                    new ClassFileImporter().importClasses(Left.class, Right.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle");
  }
}
