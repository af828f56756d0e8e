package com.riskdesk;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;

/**
 * The text a viewer reads in a component, as browserless tests see it: the text of its elements and of the HTML
 * written on the server into some of them ({@code innerHTML}), which {@link Element#getTextRecursively()} leaves out.
 */
public final class RenderedText {

    private RenderedText() {
    }

    public static String of(HasElement component) {
        StringBuilder text = new StringBuilder();
        collect(component.getElement(), text);
        return text.toString();
    }

    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText());
            return;
        }
        String html = element.getProperty("innerHTML");
        if (html != null) {
            text.append(Jsoup.parseBodyFragment(html).text());
        }
        element.getChildren().forEach(child -> collect(child, text));
    }
}
