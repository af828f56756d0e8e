package com.riskdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * A read-only part of a page written as HTML on the server, set as the element's content: one element in the UI's
 * state instead of a component per heading, paragraph and span. Only for HTML from the writers in
 * {@code dashboard.html}, which escape every piece of text; never for text from elsewhere.
 */
@Tag("div")
public class WrittenHtml extends Component {

    public WrittenHtml(String className, String html) {
        getElement().setAttribute("class", className);
        setHtml(html);
    }

    public void setHtml(String html) {
        getElement().setProperty("innerHTML", html);
    }

    public String getHtml() {
        return getElement().getProperty("innerHTML", "");
    }
}
