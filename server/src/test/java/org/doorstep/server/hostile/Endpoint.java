package org.doorstep.server.hostile;

import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.web.router.UriRouteInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One address and method of the server as its router lists it at run time, so that an endpoint added
 * later is attacked without changing the test.
 *
 * @param method      the HTTP method
 * @param template    the URI template, e.g. {@code /api/children/{childId}/visits}
 * @param queryNames  the query parameters the method reads
 */
record Endpoint(String method, String template, List<String> queryNames) {
    private static final Pattern VARIABLE = Pattern.compile("\\{([+/?#.;&]?)([^}]+)}");

    static Endpoint of(UriRouteInfo<?, ?> route) {
        List<String> query = new ArrayList<>();
        for (Argument<?> argument : route.getTargetMethod().getArguments()) {
            if (argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
                query.add(argument.getAnnotationMetadata().stringValue(Bindable.class, "value").orElse(argument.getName()));
            }
        }
        String template = route.getUriMatchTemplate().toString();
        // Query parts of the template ({?a,b}) are query parameters too.
        Matcher matcher = VARIABLE.matcher(template);
        while (matcher.find()) {
            if (matcher.group(1).equals("?") || matcher.group(1).equals("&")) {
                for (String name : matcher.group(2).split(",")) {
                    if (!query.contains(name)) {
                        query.add(name);
                    }
                }
            }
        }
        return new Endpoint(route.getHttpMethodName(), template, List.copyOf(query));
    }

    String key() {
        return method + " " + path();
    }

    /** The template without its query part: what the tables print. */
    String path() {
        return VARIABLE.matcher(template).replaceAll(match ->
                match.group(1).equals("?") || match.group(1).equals("&") ? "" : Matcher.quoteReplacement(match.group()));
    }

    /** The path variables in order, e.g. {@code childId}; optional segments ({/x}) are left out. */
    List<String> variables() {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(template);
        while (matcher.find()) {
            if (matcher.group(1).isEmpty() || matcher.group(1).equals("+")) {
                names.add(matcher.group(2).split(":")[0]);
            }
        }
        return names;
    }

    /** The path with each variable replaced by an already URL-encoded value; optional segments dropped. */
    String fill(Function<String, String> encodedValue) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = matcher.group(1).isEmpty() || matcher.group(1).equals("+")
                    ? encodedValue.apply(matcher.group(2).split(":")[0]) : "";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
