package org.vigie.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One request to an API server as RBAC sees it: API group, resource (with its subresource), verb,
 * and namespace (null across namespaces). Built from the method and path the API server received,
 * with the mapping of the Kubernetes authorization docs ("Determine the request verb").
 */
record KubernetesCall(String apiGroup, String resource, String verb, String namespace) {

    /** The call a request stands for; empty for a path that is no resource (discovery: /api, /apis, /version). */
    static Optional<KubernetesCall> of(String method, String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? "" : pathAndQuery.substring(question + 1);
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        String group;
        List<String> rest;
        if (segments.size() >= 3 && segments.getFirst().equals("api")) {
            group = "";
            rest = segments.subList(2, segments.size());
        } else if (segments.size() >= 4 && segments.getFirst().equals("apis")) {
            group = segments.get(1);
            rest = segments.subList(3, segments.size());
        } else {
            return Optional.empty();
        }
        String namespace = null;
        if (rest.getFirst().equals("namespaces") && rest.size() >= 3) {
            namespace = rest.get(1);
            rest = rest.subList(2, rest.size());
        }
        String resource = rest.getFirst() + (rest.size() > 2 ? "/" + rest.get(2) : "");
        boolean named = rest.size() > 1;
        return Optional.of(new KubernetesCall(group, resource, verb(method, named, query), namespace));
    }

    private static String verb(String method, boolean named, String query) {
        return switch (method) {
            case "GET", "HEAD" -> Arrays.asList(query.split("&")).contains("watch=true") ? "watch" : named ? "get" : "list";
            case "POST" -> "create";
            case "PUT" -> "update";
            case "PATCH" -> "patch";
            case "DELETE" -> named ? "delete" : "deletecollection";
            default -> throw new IllegalArgumentException("HTTP method " + method + " has no RBAC verb");
        };
    }

    @Override
    public String toString() {
        return verb + " " + (apiGroup.isEmpty() ? "core" : apiGroup) + "/" + resource + " in "
                + (namespace == null ? "*" : namespace);
    }
}
