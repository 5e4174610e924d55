package org.vigie.benchmark;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.WatchesFromNow;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The embedded API server's store, answering as a real API server does where the stock one does not: lists
 * in pages ({@code limit} and {@code continue}; the stock one sends every object whatever the limit, so a
 * one-object heartbeat cost 1,250 Deployments a cluster), and watches from a list's resource version without
 * sending every object again first. The continue token is the offset of the next object.
 */
final class PagedStore extends KubernetesCrudDispatcher {

    private static final String LIST = "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[%s],"
            + "\"metadata\":{\"resourceVersion\":\"%d\"%s}}";

    /** A watch from a list's resource version starts with the changes that follow it. */
    @Override
    public MockResponse handleWatch(String path) {
        String query = URI.create(path).getRawQuery();
        if (query == null || !query.contains("resourceVersion=") || query.contains("fieldSelector=")) {
            return super.handleWatch(path);
        }
        return WatchesFromNow.open(this, context, getAttributeExtractor().fromPath(path));
    }

    @Override
    public MockResponse handleGet(String path) {
        URI uri = URI.create(path);
        Integer limit = intParameter(uri, "limit");
        AttributeSet query = getAttributeExtractor().fromPath(withoutPaging(uri));
        if (limit == null || query.containsKey("name")) {
            return super.handleGet(path);
        }
        int from = Math.max(0, Objects.requireNonNullElse(intParameter(uri, "continue"), 0));
        List<String> matching = matching(query);
        int to = Math.min(matching.size(), from + limit);
        String next = to < matching.size() ? ",\"continue\":\"" + to + "\"" : "";
        String body = String.format(LIST, String.join(",", matching.subList(Math.min(from, to), to)),
                requestResourceVersion(), next);
        return new MockResponse().setResponseCode(200).setBody(body);
    }

    /** Reads outside the store's private lock: a write racing the copy makes it start again. */
    private List<String> matching(AttributeSet query) {
        while (true) {
            try {
                List<String> items = new ArrayList<>();
                for (Map.Entry<AttributeSet, String> entry : getMap().entrySet()) {
                    if (entry.getKey().matches(query)) {
                        items.add(entry.getValue());
                    }
                }
                return items;
            } catch (ConcurrentModificationException raced) {
                Thread.onSpinWait();
            }
        }
    }

    private static Integer intParameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith(name + "=")) {
                return Integer.valueOf(parameter.substring(name.length() + 1));
            }
        }
        return null;
    }

    private static String withoutPaging(URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return uri.getRawPath();
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (!parameter.startsWith("limit=") && !parameter.startsWith("continue=")) {
                kept.add(parameter);
            }
        }
        return kept.isEmpty() ? uri.getRawPath() : uri.getRawPath() + "?" + String.join("&", kept);
    }
}
