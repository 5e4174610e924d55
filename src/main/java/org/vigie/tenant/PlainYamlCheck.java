package org.vigie.tenant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Walks a tenant file's YAML events before it is read and refuses what plain data does not need
 * and what would make the file mean something other than it shows: anchors and aliases (which also
 * rules out "billion laughs" expansion), tags, a second document, a key written twice, a value or a
 * nesting larger than any tenant needs. Each problem names its line and column.
 */
final class PlainYamlCheck {

    static final String ANCHORS_RULE = "YAML anchors and aliases (&name, *name, <<: *name) are not allowed "
            + "in tenant files; write the value out in full";
    private static final String TAGS_RULE = "YAML tags are not allowed in tenant files; write the plain value";
    private static final String CORE_TAGS = "tag:yaml.org,2002:";
    private static final int MAX_DEPTH = 10;
    private static final int MAX_VALUE_LENGTH = 1000;
    private static final int MAX_PROBLEMS = 10;
    private static final LoadSettings SETTINGS = LoadSettings.builder().build();

    /** An open mapping (its keys so far) or sequence (no keys). */
    private static final class Open {
        final Set<String> keys;
        boolean nextIsKey = true;

        Open(boolean mapping) {
            keys = mapping ? new HashSet<>() : null;
        }
    }

    private final List<String> problems = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private int documents;

    private PlainYamlCheck() {
    }

    /**
     * The problems found (the first ten), or none.
     *
     * @throws org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException when the text is not YAML at all
     */
    static List<String> problems(String text) {
        PlainYamlCheck check = new PlainYamlCheck();
        for (Event event : new Parse(SETTINGS).parseString(text)) {
            if (!check.follow(event) || check.problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        return List.copyOf(check.problems.subList(0, Math.min(MAX_PROBLEMS, check.problems.size())));
    }

    /** False when the walk cannot usefully go on. */
    private boolean follow(Event event) {
        switch (event.getEventId()) {
            case DocumentStart -> {
                if (++documents > 1) {
                    return refuse(event, "a second YAML document starts here; expected exactly one Tenant per file");
                }
            }
            case MappingStart, SequenceStart -> {
                node((NodeEvent) event);
                open.push(new Open(event.getEventId() == Event.ID.MappingStart));
                if (open.size() > MAX_DEPTH) {
                    return refuse(event, "nested more than " + MAX_DEPTH + " levels deep; a tenant file needs at most 5");
                }
            }
            case MappingEnd, SequenceEnd -> open.pop();
            case Scalar, Alias -> node((NodeEvent) event);
            default -> {
            }
        }
        return true;
    }

    private void node(NodeEvent event) {
        if (event instanceof AliasEvent alias) {
            refuse(event, "alias \"*" + alias.getAlias().getValue() + "\" is not allowed: " + ANCHORS_RULE);
        } else {
            event.getAnchor().ifPresent(anchor ->
                    refuse(event, "anchor \"&" + anchor.getValue() + "\" is not allowed: " + ANCHORS_RULE));
        }
        tag(event).ifPresent(tag -> refuse(event, "tag \"" + shortTag(tag) + "\" is not allowed: " + TAGS_RULE));
        if (event instanceof ScalarEvent scalar && scalar.getValue().length() > MAX_VALUE_LENGTH) {
            refuse(event, "a value of " + scalar.getValue().length() + " characters; no field of a tenant file needs "
                    + "more than " + MAX_VALUE_LENGTH);
        }
        Open parent = open.peek();
        if (parent != null && parent.keys != null) {
            if (parent.nextIsKey && !(event instanceof ScalarEvent)) {
                refuse(event, "a key must be a plain name, not a list or a mapping");
            } else if (parent.nextIsKey && !parent.keys.add(((ScalarEvent) event).getValue())) {
                refuse(event, "key \"" + ((ScalarEvent) event).getValue()
                        + "\" appears twice in the same mapping; write each key once");
            }
            parent.nextIsKey = !parent.nextIsKey;
        }
    }

    private static Optional<String> tag(NodeEvent event) {
        return switch (event) {
            case ScalarEvent scalar -> scalar.getTag();
            case CollectionStartEvent collection -> collection.getTag();
            default -> Optional.empty();
        };
    }

    private static String shortTag(String tag) {
        return tag.startsWith(CORE_TAGS) ? "!!" + tag.substring(CORE_TAGS.length()) : tag;
    }

    private boolean refuse(Event event, String problem) {
        problems.add(event.getStartMark().map(PlainYamlCheck::position).map(p -> p + ": ").orElse("") + problem);
        return false;
    }

    static TextPosition position(Mark mark) {
        return new TextPosition(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
