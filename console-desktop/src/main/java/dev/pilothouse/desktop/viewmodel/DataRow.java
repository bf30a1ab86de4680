package dev.pilothouse.desktop.viewmodel;

import java.util.Map;

/** One record in the grid; {@code changed} marks rows a live update touched since the page was loaded. */
public record DataRow(Object id, Map<String, Object> values, boolean changed) {

    public Object get(String attribute) {
        return values.get(attribute);
    }
}
