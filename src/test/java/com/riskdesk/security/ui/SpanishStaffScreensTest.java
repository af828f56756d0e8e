package com.riskdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.RenderedText;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.ui.MainLayout;
import com.riskdesk.security.StaffMember;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "jefa", roles = {"ADMIN", "EDITOR"})
class SpanishStaffScreensTest extends SpringBrowserlessTest {

    @Test
    void a_link_with_lang_es_sets_the_ui_language_and_the_staff_screen_speaks_spanish() {
        StaffView view = navigateInSpanish(StaffView.class);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.SPANISH);
        String shown = shown();
        assertThat(shown).contains("Cuentas del personal", "Nueva cuenta", "Crear cuenta", "Cerrar sesión",
                "Cada cifra remite a entradas fechadas");
        assertThat(shown).doesNotContain("Staff accounts", "New account", "Create account", "Sign out", "Every figure");
        GridTester<?, StaffMember> grid = test(view.grid);
        assertThat(grid.getHeaderCell(0)).isEqualTo("Nombre de usuario");
        assertThat(grid.getHeaderCell(2)).isEqualTo("Rol");
        assertThat(view.getPageTitle()).isEqualTo("Cuentas del personal · Personal · Risk Monitor");
    }

    @Test
    void a_refusal_from_the_service_is_told_in_spanish() {
        navigateInSpanish(StaffView.class);

        test(find(TextField.class).withLabel("Nombre de usuario").single()).setValue("ana");
        test(find(PasswordField.class).withLabel("Contraseña inicial").single()).setValue("corta");
        test(find(Button.class).withText("Crear cuenta").single()).click();

        assertThat(test(find(Notification.class).first()).getText())
                .startsWith("Una contraseña tiene de 12 a").doesNotContain("password");
    }

    @Test
    void the_sign_in_form_speaks_spanish_from_the_link_and_english_without_a_choice() {
        LoginView view = navigateInSpanish(LoginView.class);

        // The form's texts travel to the browser as its i18n property.
        String texts = String.valueOf(find(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
        assertThat(texts).contains("Acceso del personal", "Nombre de usuario", "Compruebe su nombre de usuario")
                .doesNotContain("Staff sign-in", "User name");
        assertThat(RenderedText.of(view)).contains("Volver a los paneles");
        assertThat(view.getPageTitle()).isEqualTo("Acceso del personal · Risk Monitor");
    }

    @Test
    void without_a_choice_the_screens_are_english() {
        navigate(StaffView.class);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(shown()).contains("Staff accounts", "Sign out").doesNotContain("Cuentas");
    }

    @Test
    void the_page_frame_follows_a_language_chosen_later_in_the_same_window() {
        navigate(AuditView.class);
        assertThat(shown()).contains("Sign out");

        navigateInSpanish(StaffView.class);

        assertThat(shown()).contains("Cerrar sesión", "Cuentas del personal")
                .doesNotContain("Sign out");
    }

    /** As a link with {@code ?lang=es} opens the screen. */
    private <T extends Component> T navigateInSpanish(Class<T> view) {
        UI.getCurrent().navigate(view, QueryParameters.of("lang", "es"));
        return find(view).single();
    }

    /** Everything the window shows: the page frame and the screen in it. */
    private String shown() {
        return RenderedText.of(find(MainLayout.class).single());
    }
}
