package org.incidentworkbench.ui.templates;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A template's text with each {@code <*>} drawn as a muted chip, so the constant words read at a
 * glance and the variables stand apart from them. Wraps to its width; cells reuse theirs through
 * {@link #show}.
 */
final class TemplateText extends TextFlow {

    TemplateText() {
        getStyleClass().add("template-text");
    }

    TemplateText(String template) {
        this();
        show(template);
    }

    void show(String template) {
        List<Node> pieces = new ArrayList<>();
        String rest = template == null ? "" : template;
        int at;
        while ((at = rest.indexOf(ParameterSummary.WILDCARD)) >= 0) {
            if (at > 0) {
                pieces.add(text(rest.substring(0, at)));
            }
            pieces.add(wildcard());
            rest = rest.substring(at + ParameterSummary.WILDCARD.length());
        }
        if (!rest.isEmpty()) {
            pieces.add(text(rest));
        }
        getChildren().setAll(pieces);
    }

    private static Text text(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("template-constant");
        return t;
    }

    private static Label wildcard() {
        Label chip = new Label("∗");
        chip.getStyleClass().add("template-wildcard");
        return chip;
    }
}
