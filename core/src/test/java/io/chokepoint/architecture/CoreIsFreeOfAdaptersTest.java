package io.chokepoint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core is a plain library: no HTTP, SQL, CLI or Spark, and no dependency on the adapter
 * modules. Dependencies point inward (app -> store -> core).
 */
class CoreIsFreeOfAdaptersTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.chokepoint");
  }

  @Test
  void coreDependsOnNoAdapterLibrary() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.javalin..",
            "picocli..",
            "org.jdbi..",
            "org.flywaydb..",
            "org.h2..",
            "org.postgresql..",
            "java.sql..",
            "javax.sql..",
            "org.apache.spark..",
            "jakarta.servlet..",
            "org.eclipse.jetty..")
        .because("the core is a plain library; shells do I/O (ARCHITECTURE.md)")
        .check(core);
  }

  @Test
  void coreDependsOnNoAdapterModule() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.chokepoint.store..",
            "io.chokepoint.cli..",
            "io.chokepoint.server..",
            "io.chokepoint.spark..")
        .because("dependencies point inward: app -> store -> core")
        .check(core);
  }

  @Test
  void rulesDoNotDependOnDeterminations() {
    noClasses()
        .that()
        .resideInAnyPackage("io.chokepoint.rules..", "io.chokepoint.source..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.chokepoint.determine..", "io.chokepoint.golden..", "io.chokepoint.transaction..")
        .because(
            "the rule book is data plus conditions; determinations build on it, not the reverse")
        .check(core);
  }
}
