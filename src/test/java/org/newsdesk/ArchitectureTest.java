package org.newsdesk;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import org.jooq.DSLContext;
import org.jspecify.annotations.NullMarked;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.notes.OutsideComments;
import org.springframework.stereotype.Repository;

/**
 * The package rules of docs/architecture.md, checked on every build. Every top-level package other than the two
 * UI trees, the shared base, security and the generated jOOQ classes is a feature: a new package is held to the
 * feature rules without being listed here.
 */
@AnalyzeClasses(packages = "org.newsdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SITE = "org.newsdesk.site..";
    private static final String BACK_OFFICE = "org.newsdesk.backoffice..";
    private static final String GENERATED_JOOQ = "org.newsdesk.jooq..";
    private static final String[] NOT_FEATURES = {
        SITE, BACK_OFFICE, "org.newsdesk.base..", "org.newsdesk.security..", GENERATED_JOOQ
    };

    @ArchTest
    static final ArchRule theSiteNeverUsesTheBackOffice = noClasses()
            .that()
            .resideInAPackage(SITE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(BACK_OFFICE);

    @ArchTest
    static final ArchRule theBackOfficeNeverUsesTheSite = noClasses()
            .that()
            .resideInAPackage(BACK_OFFICE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(SITE);

    @ArchTest
    static final ArchRule featuresKnowNoUserInterface = noClasses()
            .that()
            .resideInAPackage("org.newsdesk.(*)..")
            .and()
            .resideOutsideOfPackages(NOT_FEATURES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SITE, BACK_OFFICE, "com.vaadin..");

    @ArchTest
    static final ArchRule userInterfacesUseServicesNotRepositories = noClasses()
            .that()
            .resideInAnyPackage(SITE, BACK_OFFICE)
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(Repository.class)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage(GENERATED_JOOQ)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(DSLContext.class);

    @ArchTest
    static final ArchRule onlyRepositoriesTouchJooq = noClasses()
            .that()
            .areNotAnnotatedWith(Repository.class)
            .and()
            .resideOutsideOfPackage(GENERATED_JOOQ)
            .and()
            .haveSimpleNameNotEndingWith("Conditions")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(GENERATED_JOOQ)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(DSLContext.class);

    /** Query parts that several repositories share are SQL like theirs: nothing else may use them. */
    @ArchTest
    static final ArchRule sharedConditionsServeOnlyRepositories = classes()
            .that()
            .haveSimpleNameEndingWith("Conditions")
            .should()
            .onlyBeAccessed()
            .byClassesThat(DescribedPredicate.describe(
                    "are repositories",
                    accessor -> accessor.isAnnotatedWith(Repository.class)
                            || accessor.getSimpleName().endsWith("Conditions")));

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate =
            classes().that().areAnnotatedWith(Repository.class).should().notBePublic();

    @ArchTest
    static final ArchRule baseAndSecurityDependOnNothingOfTheApplication = noClasses()
            .that()
            .resideInAnyPackage("org.newsdesk.base..", "org.newsdesk.security..")
            .should()
            .dependOnClassesThat(resideInAPackage("org.newsdesk..")
                    .and(resideOutsideOfPackages("org.newsdesk.base..", "org.newsdesk.security..")));

    /** A view is reached through the router, never constructed or called by another package. */
    @ArchTest
    static final ArchRule viewsArePackagePrivate = classes()
            .that()
            .resideInAnyPackage(SITE, BACK_OFFICE)
            .and()
            .haveSimpleNameEndingWith("View")
            .and()
            .areNotAnnotatedWith(Layout.class)
            .and()
            .areNotAssignableTo(HasErrorParameter.class)
            .should()
            .notBePublic();

    /** The generated jOOQ classes are the schema, not a feature: they carry the enums of the features' columns. */
    @ArchTest
    static final ArchRule topLevelPackagesFormNoCycles = slices().matching("org.newsdesk.(*)..")
            .should()
            .beFreeOfCycles()
            // Generated records carry the enums of the schema's columns; that is no dependency of the code.
            .ignoreDependency(resideInAPackage(GENERATED_JOOQ), alwaysTrue());

    /**
     * The two operations that check no role, because nobody is signed in to hold one: the preview link someone came
     * through is the check, and only the service of preview links makes it.
     */
    @ArchTest
    static final ArchRule onlyPreviewLinksOpenVersionsAndTakeCommentsWithoutAnAccount = noClasses()
            .that()
            .resideOutsideOfPackage("org.newsdesk.previewlink..")
            .should()
            .callMethod(ArticleService.class, "sharedVersion", long.class, Language.class)
            .orShould()
            .callMethod(OutsideComments.class, "add", long.class, Language.class, String.class, String.class);

    @ArchTest
    static final ArchRule screenFamiliesFormNoCycles =
            slices().matching("org.newsdesk.(site|backoffice).(*)..").should().beFreeOfCycles();

    /** NullAway checks only @NullMarked packages: a new package without its package-info.java would go unchecked. */
    @ArchTest
    static final ArchRule everyPackageIsNullMarked = classes()
            .that()
            .resideOutsideOfPackage(GENERATED_JOOQ)
            .should(new ArchCondition<JavaClass>("be in a package marked @NullMarked in its package-info.java") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
                        events.add(SimpleConditionEvent.violated(
                                type, type.getPackageName() + " has no package-info.java marked @NullMarked"));
                    }
                }
            });
}
