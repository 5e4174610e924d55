package org.vigie.fleet.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.vigie.health.Status;
import org.vigie.history.TimelineSegment;

/** A tenant's colours over a window, drawn server-side as one SVG strip. */
final class TimelineSvg {

    static final int WIDTH = 1000;
    static final int HEIGHT = 24;

    private TimelineSvg() {
    }

    static String render(List<TimelineSegment> segments) {
        if (segments.isEmpty()) {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\"></svg>";
        }
        Instant start = segments.getFirst().from();
        double total = Duration.between(start, segments.getLast().to()).toMillis();
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" preserveAspectRatio=\"none\" role=\"img\">");
        for (TimelineSegment segment : segments) {
            double x = Duration.between(start, segment.from()).toMillis() / total * WIDTH;
            double width = Duration.between(segment.from(), segment.to()).toMillis() / total * WIDTH;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"%d\" fill=\"%s\">",
                    x, Math.max(width, 0.5), HEIGHT, colour(segment.status())))
                    .append("<title>").append(segment.status() == null ? "unknown" : segment.status().name())
                    .append("</title></rect>");
        }
        return svg.append("</svg>").toString();
    }

    static String colour(Status status) {
        if (status == null) {
            return "#dadce0";
        }
        return switch (status) {
            case GREEN -> "#34a853";
            case AMBER -> "#fbbc04";
            case RED -> "#ea4335";
            case GREY -> "#80868b";
        };
    }
}
