package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;

/** A reference to a type: a named type or a list, either possibly non-null. */
public sealed interface TypeRef permits TypeRef.Named, TypeRef.ListOf {

    TextRange range();

    boolean nonNull();

    /** The innermost named type. */
    Named base();

    /** How many list brackets wrap the base type. */
    int listDepth();

    default boolean isList() {
        return this instanceof ListOf;
    }

    /** The reference as GraphQL text, e.g. {@code [String!]!}. */
    String display();

    record Named(Name name, boolean nonNull, TextRange range) implements TypeRef {
        @Override
        public Named base() {
            return this;
        }

        @Override
        public int listDepth() {
            return 0;
        }

        @Override
        public String display() {
            return name.value() + (nonNull ? "!" : "");
        }
    }

    record ListOf(TypeRef element, boolean nonNull, TextRange range) implements TypeRef {
        @Override
        public Named base() {
            return element.base();
        }

        @Override
        public int listDepth() {
            return element.listDepth() + 1;
        }

        @Override
        public String display() {
            return "[" + element.display() + "]" + (nonNull ? "!" : "");
        }
    }
}
