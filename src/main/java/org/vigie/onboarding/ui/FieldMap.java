package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.tenant.CatalogueProblem;

/**
 * The form's inputs by the path of the document field each one fills ({@code spec.quota.cpu},
 * {@code spec.services[1].minReplicas}), so that every problem the tenant rules find is shown next to its
 * field. A problem about a list item goes to the list's input; one about a whole object to its first input.
 */
final class FieldMap {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    <T extends Component & HasValidation> T register(String path, T field) {
        field.setId(idOf(path));
        fields.put(path, field);
        return field;
    }

    /** Drops the inputs under {@code prefix}: rows are registered again under their new index after a removal. */
    void forget(String prefix) {
        fields.keySet().removeIf(path -> path.startsWith(prefix));
    }

    void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Marks the field of each problem invalid with its message; returns the problems no input holds. */
    List<CatalogueProblem> show(List<CatalogueProblem> problems) {
        clear();
        List<CatalogueProblem> elsewhere = new ArrayList<>();
        for (CatalogueProblem problem : problems) {
            if (!place(problem.field(), message(problem))) {
                elsewhere.add(problem);
            }
        }
        return elsewhere;
    }

    /** Adds {@code message} under the input of {@code path}; false when no input holds that path. */
    boolean place(String path, String message) {
        HasValidation field = path == null || path.isEmpty() ? null : fieldFor(path);
        if (field == null) {
            return false;
        }
        String before = field.isInvalid() && field.getErrorMessage() != null ? field.getErrorMessage() + " · " : "";
        field.setErrorMessage(before + message);
        field.setInvalid(true);
        return true;
    }

    HasValidation fieldFor(String path) {
        String candidate = path.replaceAll("\\[\\d+]$", "");
        if (fields.containsKey(candidate)) {
            return fields.get(candidate);
        }
        return fields.entrySet().stream().filter(e -> e.getKey().startsWith(candidate + ".")).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** In French first; what is allowed stays in the words of the tenant-file rules. */
    static String message(CatalogueProblem problem) {
        return problem.value() == null ? inPage("onboarding.ui.problem.required", problem.allowed())
                : inPage("onboarding.ui.problem.value", String.valueOf(problem.value()), problem.allowed());
    }

    static String idOf(String path) {
        return "onb-" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }
}
