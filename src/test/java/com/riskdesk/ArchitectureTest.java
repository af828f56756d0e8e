package com.riskdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.riskdesk.dashboard.ui.DashboardParameters;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

class ArchitectureTest {

    private static final class SecurityConfigurationNamesLoginView {
        static final DescribedPredicate<JavaClass> ORIGIN = JavaClass.Predicates.simpleName("SecurityConfiguration");
        static final DescribedPredicate<JavaClass> TARGET = JavaClass.Predicates.simpleName("LoginView");
    }

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.riskdesk");

    @Test
    void views_and_server_written_pages_never_touch_repositories_or_sql() {
        noClasses().that().resideInAnyPackage("..ui..", "com.riskdesk.web..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void services_and_domain_import_nothing_from_vaadin() {
        // The security configuration wires Vaadin's configurer and login view by design; the translations are
        // Vaadin's I18NProvider by design (the bundles themselves are plain Java, read by the API and pages too).
        noClasses().that().resideOutsideOfPackages("..ui..", "com.riskdesk")
                .and().doNotHaveSimpleName("SecurityConfiguration")
                .and().doNotHaveFullyQualifiedName("com.riskdesk.base.i18n.TranslationProvider")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    /**
     * Package by package, so a feature's views may sit below the rooms its read side feeds (the dashboard views use
     * the live hub, which uses the dashboard's read side) while any loop between packages still fails.
     */
    @Test
    void packages_have_no_cycles() {
        // The security configuration names its login view by design.
        slices().matching("com.riskdesk.(**)").should().beFreeOfCycles()
                .ignoreDependency(SecurityConfigurationNamesLoginView.ORIGIN, SecurityConfigurationNamesLoginView.TARGET)
                .check(CLASSES);
    }

    @Test
    void operations_is_the_top_room_that_no_feature_imports() {
        // ops reads live dashboards, entries and the store to report and back them up; the features never know it.
        noClasses().that().resideOutsideOfPackage("com.riskdesk.ops..")
                .should().dependOnClassesThat().resideInAPackage("com.riskdesk.ops..")
                .check(CLASSES);
    }

    @Test
    void operations_has_no_views_and_touches_no_repository() {
        // Health, metrics and backups go through services, public events and the data source, like any other room.
        noClasses().that().resideInAPackage("com.riskdesk.ops..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void trend_judgements_sit_above_entries_and_dashboards_and_know_neither() {
        // The dashboard, the overview, the API and the demo read judgements through JudgementService; assessment
        // itself needs only monitors (and the signed-in staff member), so it stays usable by any room below it.
        noClasses().that().resideInAPackage("com.riskdesk.assessment..")
                .should().dependOnClassesThat().resideInAnyPackage("com.riskdesk.entry..", "com.riskdesk.dashboard..",
                        "com.riskdesk.live..", "com.riskdesk.api..", "com.riskdesk.web..", "com.riskdesk.preview..")
                .check(CLASSES);
    }

    @Test
    void only_the_assessment_service_touches_judgement_storage() {
        noClasses().that().resideOutsideOfPackage("com.riskdesk.assessment")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("JudgementRepository")
                .orShould().dependOnClassesThat().haveSimpleName("JudgementQueries")
                .check(CLASSES);
    }

    @Test
    void the_language_room_depends_on_no_feature() {
        // Every feature reports problems as codes through base.i18n; it must stay below all of them.
        classes().that().resideInAPackage("com.riskdesk.base.i18n..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.riskdesk.base.i18n..", "java..",
                        "jakarta.servlet..", "org.slf4j..", "org.springframework.stereotype..", "com.vaadin.flow.i18n..")
                .check(CLASSES);
    }

    @Test
    void server_written_pages_borrow_only_the_url_state_from_the_vaadin_dashboard() {
        // The overflow page reads its query parameters exactly as the live view does, and nothing else of it.
        noClasses().that().resideInAPackage("com.riskdesk.web..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("..ui..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(DashboardParameters.class))))
                .check(CLASSES);
    }

    @Test
    void places_are_a_bottom_room_that_knows_no_feature() {
        // Entries, the dashboard, the API and the embed use the gazetteer and the map writer; never the reverse.
        noClasses().that().resideInAPackage("com.riskdesk.place..")
                .should().dependOnClassesThat().resideInAnyPackage("com.riskdesk.entry..", "com.riskdesk.dashboard..",
                        "com.riskdesk.monitor..", "com.riskdesk.api..", "com.riskdesk.web..", "com.riskdesk.live..",
                        "com.riskdesk.security..")
                .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }
}
