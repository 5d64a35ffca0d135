package org.newsdesk;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The package rules of DEVELOPERS.md, checked on every build. */
@AnalyzeClasses(packages = "org.newsdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String GENERATED_JOOQ = "org.newsdesk.jooq..";
    private static final String[] FEATURES = {"org.newsdesk.article..", "org.newsdesk.theme..",
            "org.newsdesk.account..", "org.newsdesk.publishing..", "org.newsdesk.counting..",
            "org.newsdesk.media..", "org.newsdesk.seo..", "org.newsdesk.audit..", "org.newsdesk.search.."};

    @ArchTest
    static final ArchRule viewsUseServicesNotRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .orShould().dependOnClassesThat().resideInAPackage(GENERATED_JOOQ)
            .orShould().dependOnClassesThat().areAssignableTo(DSLContext.class);

    @ArchTest
    static final ArchRule onlyRepositoriesTouchJooq = noClasses()
            .that().areNotAnnotatedWith(Repository.class)
            .and().resideOutsideOfPackage(GENERATED_JOOQ)
            .should().dependOnClassesThat().resideInAPackage(GENERATED_JOOQ)
            .orShould().dependOnClassesThat().areAssignableTo(DSLContext.class);

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = classes().that().areAnnotatedWith(Repository.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule baseAndSecurityDependOnNoFeature = noClasses()
            .that().resideInAnyPackage("org.newsdesk.base..", "org.newsdesk.security..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule viewsStayInsideTheirFeature = classes().that().resideInAPackage("org.newsdesk.(*).ui..")
            .and().areNotAnnotatedWith(com.vaadin.flow.router.Layout.class)
            .and().haveSimpleNameEndingWith("View")
            .and().resideOutsideOfPackages("org.newsdesk.base..", "org.newsdesk.security..")
            .should().notBePublic();

    /** The generated jOOQ classes are the schema, not a feature: they carry the enums of the features' columns. */
    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("org.newsdesk.(*)..").should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage(GENERATED_JOOQ), alwaysTrue());
}
