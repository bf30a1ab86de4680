package dev.pilothouse.schema.js;

import dev.pilothouse.schema.text.TextRange;
import java.util.List;

/**
 * A top-level class of resources.js. {@code exportName} is the name Harper mounts it under, empty when the class
 * is not exported (then it is no endpoint).
 */
public record ResourceClass(
        String name,
        String exportName,
        TextRange range,
        TextRange nameRange,
        ExtendsTarget extendsTarget,
        List<ResourceMethod> methods,
        List<ClassField> fields) {

    public ResourceClass {
        methods = List.copyOf(methods);
        fields = List.copyOf(fields);
    }

    public boolean exported() {
        return !exportName.isEmpty();
    }

    /** Names of the Resource API methods the class implements, in source order. */
    public List<String> resourceMethods() {
        return methods.stream()
                .filter(ResourceMethod::resourceMethod)
                .map(ResourceMethod::name)
                .distinct()
                .toList();
    }

    ResourceClass exportedAs(String alias) {
        return new ResourceClass(name, alias, range, nameRange, extendsTarget, methods, fields);
    }
}
